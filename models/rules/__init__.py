"""Pure domain rules: identifiers, grades, education, retirement, contract terms and Indonesian formatting."""
