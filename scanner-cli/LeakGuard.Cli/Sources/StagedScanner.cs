using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using LeakGuard.Cli.Detect;
using LeakGuard.Cli.Findings;
using LibGit2Sharp;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// Scans what the next commit would add: the index against HEAD's tree (the empty tree before the first commit), only
/// the lines the change adds. The working tree is never read, so partially staged files are judged as staged.
/// </summary>
internal sealed class StagedScanner
{
    private readonly FragmentScanner scanner;

    public StagedScanner(FragmentScanner scanner)
    {
        this.scanner = scanner;
    }

    public ScanReport Scan(string path, long maxBytes)
    {
        var clock = Stopwatch.StartNew();
        if (!Directory.Exists(path))
        {
            throw new CliException($"no such directory: {path}");
        }

        var gitDir = Repository.Discover(path) ?? throw new CliException($"not a git repository: {path}");
        using var repository = new Repository(gitDir);
        if (repository.Info.IsBare)
        {
            throw new CliException($"a bare repository has no staged changes: {path}");
        }

        var statistics = new ScanStatistics();
        var warnings = new List<string>();
        var findings = new List<Finding>();
        var options = new CompareOptions { Similarity = SimilarityOptions.Renames, ContextLines = 3 };
        foreach (var change in repository.Diff.Compare<Patch>(repository.Head.Tip?.Tree, DiffTargets.Index, null, null, options))
        {
            if (Added(repository, change, maxBytes, statistics) is not { } added)
            {
                continue;
            }

            statistics.Files++;
            statistics.Bytes += added.AddedChars;
            foreach (var secret in scanner.Scan(added.Text, warnings.Add))
            {
                if (added.TouchesAdded(secret.StartLine, secret.EndLine))
                {
                    findings.Add(new Finding(secret, change.Path, null));
                }
            }
        }

        statistics.Notes.AddRange(warnings.Distinct());
        statistics.Elapsed = clock.Elapsed;
        var ordered = findings.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Location.StartLine).ThenBy(f => f.Location.StartColumn).ToArray();
        return new ScanReport("staged", path, ordered, statistics);
    }

    private static AddedLines? Added(Repository repository, PatchEntryChanges change, long maxBytes, ScanStatistics statistics)
    {
        if (change.Status is ChangeKind.Deleted or ChangeKind.Unmodified || change.Mode == Mode.GitLink || change.LinesAdded == 0)
        {
            return null;
        }

        if (change.IsBinaryComparison)
        {
            statistics.SkippedBinary++;
            return null;
        }

        var blob = repository.Lookup<Blob>(change.Oid);
        if (blob is not null && blob.Size > maxBytes)
        {
            statistics.SkippedLarge++;
            return null;
        }

        if (blob is not null && TextDecoder.Classify(Prefix(blob)) == ContentKind.LfsPointer)
        {
            statistics.SkippedLfs++;
            return null;
        }

        return AddedLines.Parse(change.Patch);
    }

    private static byte[] Prefix(Blob blob)
    {
        using var stream = blob.GetContentStream();
        var buffer = new byte[64];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return buffer[..read];
    }
}
