#!/usr/bin/env python3
"""Where a thread's processor time goes in a flight recording: the share of its execution
samples whose stack holds each of the frames named below (inclusive, so shares overlap).

    jfr print --events jdk.ExecutionSample --stack-depth 512 rec.jfr \
        | python3 bench/jfr-shares.py billing-range [more frame=label pairs]

The first argument picks the threads by name (the billing run's range threads are
"billing-range-N"); the shares are of their samples. Frames are matched as substrings of
"package.Class.method". Also prints the 25 methods most often on top of the stack.
"""
import collections
import re
import sys

FRAMES = [
    ("BillingInputReader.read", "reading the input (BillingInputs: a page of accounts)"),
    ("MeterReadings.estimates", "  of it, the estimates of a page (one statement)"),
    ("BillBuilder.build", "pricing (BillBuilder)"),
    ("MeterReadings.estimate(", "  of it, estimates one account at a time (before billing-cost)"),
    ("BillHistoryQueries.rebill", "  of it, re-bills after estimates (per account)"),
    ("TariffCalculator.charge", "  of it, TariffCalculator"),
    ("LateChargeWriter.write", "writing a chunk (LateChargeWriter and BillWriter)"),
    ("OverdueBillWriter.ofAccounts", "  the overdue bills of the chunk's accounts"),
    ("LateChargeCalculator.charge", "  late charges computed"),
    ("OverdueBillWriter.charged", "  late-charge progress written"),
    ("BillWriter.saveEstimates", "  estimated readings saved"),
    ("CopyRows.add", "  rows put into COPY text"),
    ("CopyRows.flush", "  COPY sent"),
    ("BillWriter.moveBalances", "  balances moved"),
    ("JdbcTemplate.batchUpdate", "  JDBC batches (binding and sending)"),
    ("StatementCreatorUtils", "  Spring binding values"),
    ("net.ttddyy.dsproxy", "  the test context's datasource-proxy (StatementCounter)"),
    ("PgPreparedStatement.executeBatch", "  the driver sending batches"),
    ("TaskletStep", "Spring Batch's chunk loop (all of the above inside)"),
    ("JobRepository", "the job repository (step progress)"),
    ("SimpleJobRepository.update", "  step execution updates"),
]


def main():
    threads = re.compile(sys.argv[1] if len(sys.argv) > 1 else "billing-range")
    frames = FRAMES + [tuple(arg.split("=", 1)) for arg in sys.argv[2:]]
    samples = 0
    counts = collections.Counter()
    tops = collections.Counter()
    thread, stack, in_stack = None, [], False
    for line in sys.stdin:
        line = line.rstrip("\n")
        stripped = line.strip()
        if stripped.startswith("jdk.ExecutionSample"):
            thread, stack, in_stack = None, [], False
        elif stripped.startswith("sampledThread"):
            thread = stripped
        elif stripped.startswith("stackTrace = ["):
            in_stack = True
        elif in_stack and stripped == "]":
            in_stack = False
        elif in_stack and stripped and stripped != "...":
            stack.append(stripped.split("(")[0] + "(")
        elif stripped == "}" and thread is not None:
            if threads.search(thread):
                samples += 1
                text = "\n".join(stack)
                for frame, _ in frames:
                    if frame in text:
                        counts[frame] += 1
                if stack:
                    tops[stack[0]] += 1
            thread = None
    print(f"{samples} samples of threads matching {threads.pattern!r}")
    for frame, label in frames:
        if samples:
            print(f"{100.0 * counts[frame] / samples:6.1f}%  {label}  [{frame}]")
    print("\nMost often on top of the stack:")
    for frame, count in tops.most_common(25):
        print(f"{100.0 * count / max(samples, 1):6.1f}%  {frame}")


if __name__ == "__main__":
    main()
