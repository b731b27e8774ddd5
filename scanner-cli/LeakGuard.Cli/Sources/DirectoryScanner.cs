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

/// <summary>Scans the files under a folder (or one file), in parallel, without git; <c>.git</c> folders are skipped.</summary>
internal sealed class DirectoryScanner
{
    /// <summary>How long a file each worker decodes into its own buffer (a file of as many bytes decodes to at most as many characters).</summary>
    private const int BufferedCharacters = 1 << 18;

    private readonly FragmentScanner scanner;
    private readonly ScanProgress progress;

    public DirectoryScanner(FragmentScanner scanner, ScanProgress progress)
    {
        this.scanner = scanner;
        this.progress = progress;
    }

    /// <summary>The folder a scan of <paramref name="path"/> reports paths from: the path itself, or a file's folder.</summary>
    public static string RootOf(string path) => File.Exists(path) ? Path.GetDirectoryName(Path.GetFullPath(path))! : path;

    /// <summary>Whether the <c>bin</c> and <c>obj</c> folders of .NET projects are scanned too (<see cref="BuildOutputFolders"/>).</summary>
    public bool IncludeBuildOutput { get; init; }

    /// <summary>Scans the files under the folder <paramref name="path"/>, or the one file it names.</summary>
    public ScanReport Scan(string path, long maxBytes)
    {
        var clock = Stopwatch.StartNew();
        var single = File.Exists(path);
        if (!single && !Directory.Exists(path))
        {
            throw new CliException($"no such file or directory: {path}");
        }

        var root = RootOf(path);
        var skipped = new SkippedEntries();
        var files = single ? [Path.GetFullPath(path)] : EnumerateFiles(root, skipped);
        progress.Begin("scanning files", files.Count);
        var counters = new ContentCounters();
        var warnings = new ConcurrentBag<string>();
        var findings = new ConcurrentBag<Finding>();
        Parallel.ForEach(
            files,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => new char[BufferedCharacters],
            (file, _, chars) =>
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (Read(file, maxBytes, counters, keyFile => findings.Add(new Finding(keyFile, relative, null))) is { } bytes)
                {
                    // Decoded into the worker's buffer: the engine makes a string only of the few files it may find something in.
                    foreach (var secret in scanner.Scan(TextDecoder.Decode(bytes, chars), warnings.Add))
                    {
                        findings.Add(new Finding(secret, relative, null));
                    }
                }

                progress.Advance();
                return chars;
            },
            _ => { });

        var statistics = new ScanStatistics { Elapsed = clock.Elapsed, UnreadableFolders = skipped.UnreadableFolders };
        counters.CopyTo(statistics);
        statistics.Notes.AddRange(warnings.Distinct());
        if (statistics.SkippedLarge > 0)
        {
            statistics.Notes.Add($"{statistics.SkippedLarge} file(s) over {maxBytes / (1024 * 1024)} MB not scanned (see --max-file-size)");
        }

        if (statistics.SkippedUnreadable > 0)
        {
            statistics.Notes.Add($"{statistics.SkippedUnreadable} file(s) could not be read (permission denied, a name that is not valid UTF-8, or removed during the scan)");
        }

        if (skipped.UnreadableFolders > 0)
        {
            statistics.Notes.Add($"{skipped.UnreadableFolders} folder(s) could not be read (permission denied, or removed during the scan): nothing below them was scanned");
        }

        if (skipped.Links > 0)
        {
            statistics.Notes.Add($"{skipped.Links} symbolic link(s) not followed");
        }

        if (skipped.BuildOutputs > 0)
        {
            statistics.Notes.Add($"{skipped.BuildOutputs} build output folder(s) (bin/, obj/ beside a project file) not scanned: builds copy the project's files there; --include-build-output scans them");
        }

        var ordered = findings.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Location.StartLine).ThenBy(f => f.Location.StartColumn).ToArray();
        return new ScanReport("dir", root, ordered, statistics);
    }

    /// <summary>
    /// Every file below <paramref name="root"/>; links are counted, never followed, so the scan stays inside the tree.
    /// A folder that cannot be listed is counted too: a scan that silently skipped it would look clean. So is a build
    /// output folder left out.
    /// </summary>
    private List<string> EnumerateFiles(string root, SkippedEntries skipped)
    {
        var files = new List<string>();
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(root));
        var options = new EnumerationOptions { IgnoreInaccessible = false, AttributesToSkip = 0 };
        while (pending.Count > 0)
        {
            try
            {
                foreach (var entry in pending.Pop().EnumerateFileSystemInfos("*", options))
                {
                    if (string.Equals(entry.Name, ".git", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    // A name that is not valid UTF-8 cannot be looked up again under the name .NET decoded (all
                    // attributes set): listed as a file, whose read then fails and is counted, not taken for a link.
                    if (entry.Attributes != (FileAttributes)(-1) && entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
                    {
                        skipped.Links++;
                    }
                    else if (entry is DirectoryInfo folder)
                    {
                        if (!IncludeBuildOutput && BuildOutputFolders.IsBuildOutput(folder))
                        {
                            skipped.BuildOutputs++;
                        }
                        else
                        {
                            pending.Push(folder);
                        }
                    }
                    else
                    {
                        files.Add(entry.FullName);
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                skipped.UnreadableFolders++;
            }
        }

        return files;
    }

    /// <summary>
    /// The bytes of a text file to scan, or null (counted) for one too large, unreadable, binary or an LFS pointer; a
    /// binary file that is a key file (<see cref="FragmentScanner.ScanKeyFile"/>) goes to <paramref name="keyFile"/>.
    /// </summary>
    private byte[]? Read(string file, long maxBytes, ContentCounters counters, Action<LocatedSecret> keyFile)
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
            // A key file was read (for what it is), not skipped.
            if (kind == ContentKind.Binary && scanner.ScanKeyFile(bytes) is { } found)
            {
                counters.Scanned(bytes.Length);
                keyFile(found);
            }
            else
            {
                counters.Skipped(kind);
            }

            return null;
        }

        counters.Scanned(bytes.Length);
        return bytes;
    }

    /// <summary>What the listing of a tree left out, for the report's notes.</summary>
    private sealed class SkippedEntries
    {
        public int Links { get; set; }

        public int UnreadableFolders { get; set; }

        public int BuildOutputs { get; set; }
    }
}
