"""PPPK work contracts as PDF: template layout, QR seal, ceremony batches, attendance list and Excel list.

reportlab is imported only inside this package (and only when a contract is rendered), so the window
starts fast. The entry point for a batch is reports.contracts.batch.print_contracts.
"""
