"""Exchange package files, the zip an office sends to the central office: reports.exchange.package writes,
reads, signs, checks and opens it. The use cases that plan, record and apply packages live in
models.services.exchange (sending.send_package, receiving.receive_package); their callers hand this format in:

    run_to_end(send_package(db, out, actor, reports.exchange.package))
"""
