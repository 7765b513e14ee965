"""PPPK work contracts (Perjanjian Kerja): every rule and use case about them, one module each.

    terms             the term a contract may run: default length, BUP cap, date checks, renewal notice
    template_language the wording as data: the template language and its placeholders and conditions
    templates         the shipped templates and the office's own copies
    drafts            new draft contracts (one, or many at once)
    proposals         what a new contract for an employee would be (term, salary, hours)
    documents         the facts a printed contract shows (a signed one: as it was signed)
    selection         which contracts a batch takes, in ceremony order
    signed_papers     freezing a contract at signing: its printed facts and the version of its wording
    numbers           contract numbers from the office's pattern, never reused
    printing          giving numbers and marking contracts printed
    print_batch       a signing ceremony's print batch (its paper comes from reports/contracts)
    lifecycle         signing, taking effect, ending
    renewal           the renewal list and bulk renewal; renewal_plans what a renewal would give
    undo              the reverse of each change, for the window's undo
    seal, seal_payload  the QR seal: the office key and the check of a scanned paper; the payload format
"""
