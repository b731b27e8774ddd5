using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using LeakGuard.Cli.Detect;
using LeakGuard.Cli.Findings;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// Scans what the next commit would add: <c>git diff --cached</c> (the index against HEAD, or against the empty tree
/// before the first commit, with renames), only the lines the change adds. Each changed file is read whole from the
/// index, as <c>leakguard dir</c> reads it, so that what the rest of the file says counts (a key assigned on an added line
/// that a URL further down takes by name); a secret is reported only where it touches an added line. The working tree
/// is never read, so partially staged files are judged as staged.
/// </summary>
internal sealed class StagedScanner
{
    private const string LfsPointerPrefix = "version https://git-lfs.github.com/spec/v1";

    /// <summary>The largest staged binary read to see whether it is a key file: certificates and keystores are kilobytes.</summary>
    private const long MaxKeyFileBytes = 1 << 20;

    private static readonly string[] DiffArguments =
    [
        "-c", "core.quotePath=false", "diff", "--cached", "--no-color", "--no-ext-diff", "--no-textconv",
        "-M", "-U3", "--full-index", "--src-prefix=a/", "--dst-prefix=b/",
    ];

    private readonly Task<FragmentScanner> building;

    /// <param name="building">
    /// The scanner, still being built: a pre-commit hook waits for both, and building the rules takes about as long as
    /// the git processes that read the staged change, so the two run side by side.
    /// </param>
    public StagedScanner(Task<FragmentScanner> building)
    {
        this.building = building;
    }

    private FragmentScanner Scanner => building.GetAwaiter().GetResult();

    public ScanReport Scan(string path, long maxBytes)
    {
        var clock = Stopwatch.StartNew();
        if (!Directory.Exists(path))
        {
            throw new CliException($"no such directory: {path}");
        }

        string? top = null;
        GitCommandLine.Run(path, ["rev-parse", "--show-toplevel"], line => top ??= line);
        if (string.IsNullOrEmpty(top))
        {
            throw new CliException($"a bare repository has no staged changes: {path}");
        }

        var statistics = new ScanStatistics();
        var warnings = new List<string>();
        var findings = new List<Finding>();
        var file = new StagedFile();
        var binaries = new List<(string Path, string Blob)>();
        var texts = new List<(string Path, string? Blob, AddedLines Added)>();
        void Flush()
        {
            if (file.Binary)
            {
                statistics.SkippedBinary++;
                if (file.Path is { } path && file.Blob is { } blob)
                {
                    binaries.Add((path, blob));
                }
            }
            else if (file.Path is { } staged && Added(file, maxBytes, statistics) is { } added)
            {
                statistics.Files++;
                statistics.Bytes += added.AddedChars;
                texts.Add((staged, file.Blob, added));
            }
        }

        GitCommandLine.Run(top, DiffArguments, line =>
        {
            if (line.StartsWith("diff --git ", StringComparison.Ordinal))
            {
                Flush();
                file = new StagedFile();
            }
            else
            {
                file.Read(line);
            }
        });
        Flush();
        findings.AddRange(StagedTexts(top, texts, maxBytes, warnings));
        var keyFiles = StagedKeyFiles(top, binaries, maxBytes);
        findings.AddRange(keyFiles);

        // A key file was read (for what it is), not skipped.
        statistics.SkippedBinary -= keyFiles.Count;
        statistics.Files += keyFiles.Count;

        statistics.Notes.AddRange(warnings.Distinct());
        statistics.Elapsed = clock.Elapsed;
        var ordered = findings.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Location.StartLine).ThenBy(f => f.Location.StartColumn).ToArray();
        return new ScanReport("staged", top, ordered, statistics);
    }

    /// <summary>
    /// The secrets on the added lines of <paramref name="texts"/>, each file read whole from the index in one batch; a
    /// file the index cannot give whole (larger than <paramref name="maxBytes"/>) is judged by its diff's lines alone.
    /// </summary>
    private List<Finding> StagedTexts(string top, List<(string Path, string? Blob, AddedLines Added)> texts, long maxBytes, List<string> warnings)
    {
        var found = new List<Finding>();
        var read = new HashSet<string>(StringComparer.Ordinal);
        var ids = texts.Where(t => t.Blob is not null).Select(t => t.Blob!).Distinct().ToArray();
        GitCommandLine.Blobs(top, ids, maxBytes, (blob, content) =>
        {
            read.Add(blob);
            var text = TextDecoder.Decode(content);
            foreach (var (path, _, added) in texts.Where(t => t.Blob == blob))
            {
                found.AddRange(OnAddedLines(text, path, added, warnings));
            }
        });
        foreach (var (path, _, added) in texts.Where(t => t.Blob is null || !read.Contains(t.Blob)))
        {
            found.AddRange(OnAddedLines(added.Text, path, added, warnings));
        }

        return found;
    }

    private IEnumerable<Finding> OnAddedLines(string text, string path, AddedLines added, List<string> warnings) =>
        Scanner.Scan(text, warnings.Add)
            .Where(s => added.TouchesAdded(s.StartLine, s.EndLine))
            .Select(s => new Finding(s, path, null));

    /// <summary>
    /// The staged binary files that are key files (<see cref="FragmentScanner.ScanKeyFile"/>), read from the index in one
    /// batch and one at a time: key files are small, and a commit of many large images must not be held in memory.
    /// </summary>
    private List<Finding> StagedKeyFiles(string top, List<(string Path, string Blob)> binaries, long maxBytes)
    {
        var found = new List<Finding>();
        GitCommandLine.Blobs(top, binaries.Select(b => b.Blob).Distinct().ToArray(), Math.Min(maxBytes, MaxKeyFileBytes), (blob, content) =>
        {
            if (Scanner.ScanKeyFile(content) is { } keyFile)
            {
                found.AddRange(binaries.Where(b => b.Blob == blob).Select(b => new Finding(keyFile, b.Path, null)));
            }
        });
        return found;
    }

    private static AddedLines? Added(StagedFile file, long maxBytes, ScanStatistics statistics)
    {
        var added = AddedLines.Parse(file.Patch.ToString());
        if (added.Count == 0)
        {
            return null;
        }

        if (added.AddedChars > maxBytes)
        {
            statistics.SkippedLarge++;
            return null;
        }

        if (added.Text.StartsWith(LfsPointerPrefix, StringComparison.Ordinal))
        {
            statistics.SkippedLfs++;
            return null;
        }

        return added;
    }

    /// <summary>
    /// One file's part of the diff: its new path (from <c>+++ b/…</c>, or for a binary file from git's
    /// <c>Binary files … and b/… differ</c>), its staged blob (from the <c>index</c> line), whether git judged an added or
    /// changed file binary, and its hunks.
    /// </summary>
    private sealed class StagedFile
    {
        private const string BinaryNewPath = " and b/";

        private bool inHunks;

        public string? Path { get; private set; }

        public string? Blob { get; private set; }

        public bool Binary { get; private set; }

        public StringBuilder Patch { get; } = new();

        public void Read(string line)
        {
            if (inHunks)
            {
                Patch.Append(line).Append('\n');
            }
            else if (line.StartsWith("+++ ", StringComparison.Ordinal))
            {
                // Git ends the header with a tab when the path holds a space, so that the path's end is unambiguous.
                var target = line[4..].TrimEnd('\t');
                Path = target == "/dev/null" ? null : GitPath.Unquote(target)[2..];
            }
            else if (line.StartsWith("index ", StringComparison.Ordinal) && line.IndexOf("..", StringComparison.Ordinal) is >= 0 and var dots)
            {
                var blob = line[(dots + 2)..].Split(' ')[0];
                Blob = blob.Trim('0').Length == 0 ? null : blob;
            }
            else if (line.StartsWith("Binary files ", StringComparison.Ordinal) && !line.EndsWith(" and /dev/null differ", StringComparison.Ordinal))
            {
                Binary = true;
                Path = BinaryPath(line);
            }
            else if (line.StartsWith("@@ ", StringComparison.Ordinal))
            {
                inHunks = true;
                Patch.Append(line).Append('\n');
            }
        }

        /// <summary>The new path of <c>Binary files a/old and b/new differ</c> (quoted, <c>"b/…"</c>, when git quotes it).</summary>
        private static string? BinaryPath(string line)
        {
            var end = line.Length - " differ".Length;
            var quoted = line.LastIndexOf(" and \"b/", StringComparison.Ordinal);
            if (quoted >= 0)
            {
                return GitPath.Unquote(line[(quoted + " and ".Length)..end])[2..];
            }

            var plain = line.LastIndexOf(BinaryNewPath, StringComparison.Ordinal);
            return plain < 0 ? null : line[(plain + BinaryNewPath.Length)..end];
        }
    }
}
