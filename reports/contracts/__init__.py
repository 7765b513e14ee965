"""PPPK work contracts as PDF: template layout, QR seal, ceremony batches, attendance list and Excel list.

reportlab is imported only inside this package (and only when a contract is rendered), so the window
starts fast. A batch is models.services.contracts.print_batch.print_batch with reports.contracts.batch.PdfBatch
as its paper.
"""
