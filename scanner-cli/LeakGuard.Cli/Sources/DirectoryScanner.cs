using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using LeakGuard.Cli.Detect;
using LeakGuard.Cli.Findings;
using LeakGuard.Cli.Progress;

namespace LeakGuard.Cli.Sources;

/// <summary>Scans the files under a folder, in parallel, without git; <c>.git</c> folders are skipped.</summary>
internal sealed class DirectoryScanner
{
    private readonly FragmentScanner scanner;
    private readonly ScanProgress progress;

    public DirectoryScanner(FragmentScanner scanner, ScanProgress progress)
    {
        this.scanner = scanner;
        this.progress = progress;
    }

    public ScanReport Scan(string root, long maxBytes)
    {
        var clock = Stopwatch.StartNew();
        if (!Directory.Exists(root))
        {
            throw new CliException($"no such directory: {root}");
        }

        var files = EnumerateFiles(root).ToArray();
        progress.Begin("scanning files", files.Length);
        var counters = new ContentCounters();
        var warnings = new ConcurrentBag<string>();
        var findings = new ConcurrentBag<Finding>();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
        {
            if (Read(file, maxBytes, counters) is { } text)
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                foreach (var secret in scanner.Scan(text, warnings.Add))
                {
                    findings.Add(new Finding(secret, relative, null));
                }
            }

            progress.Advance();
        });

        var statistics = new ScanStatistics { Elapsed = clock.Elapsed };
        counters.CopyTo(statistics);
        statistics.Notes.AddRange(warnings.Distinct());
        if (statistics.SkippedLarge > 0)
        {
            statistics.Notes.Add($"{statistics.SkippedLarge} file(s) over {maxBytes / (1024 * 1024)} MB not scanned (see --max-file-size)");
        }

        if (statistics.SkippedUnreadable > 0)
        {
            statistics.Notes.Add($"{statistics.SkippedUnreadable} file(s) could not be read (permission denied, or removed during the scan)");
        }

        var ordered = findings.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Location.StartLine).ThenBy(f => f.Location.StartColumn).ToArray();
        return new ScanReport("dir", root, ordered, statistics);
    }

    private static IEnumerable<string> EnumerateFiles(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var child in Directory.EnumerateDirectories(folder, "*", options))
            {
                if (!string.Equals(Path.GetFileName(child), ".git", StringComparison.Ordinal))
                {
                    pending.Push(child);
                }
            }

            foreach (var file in Directory.EnumerateFiles(folder, "*", options))
            {
                if (!string.Equals(Path.GetFileName(file), ".git", StringComparison.Ordinal))
                {
                    yield return file;
                }
            }
        }
    }

    private static string? Read(string file, long maxBytes, ContentCounters counters)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(file);
            if (info.Length > maxBytes)
            {
                counters.SkippedLarge();
                return null;
            }

            // FIFOs and devices report no size, like empty files: they are never opened, as reading one can block
            // forever (a FIFO without writer) or never end (/dev/zero).
            if (info.Length == 0)
            {
                counters.Scanned(0);
                return null;
            }

            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            counters.SkippedUnreadable();
            return null;
        }

        var kind = TextDecoder.Classify(bytes);
        if (kind != ContentKind.Text)
        {
            counters.Skipped(kind);
            return null;
        }

        counters.Scanned(bytes.Length);
        return TextDecoder.Decode(bytes);
    }
}
