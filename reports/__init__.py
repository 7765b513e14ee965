"""Files in and out: roster import, Excel recap, SIASN export. Plain data in, files out; no Qt."""
