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
using LibGit2Sharp;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// Scans a git history in three passes: walk the commits once, oldest first, collecting the distinct blobs each one
/// introduces (against every parent, so a merge's own resolution counts); read and scan each distinct blob once, in
/// parallel; then, for found secrets only, pin down the first commit, line, HEAD presence and commit count per path.
/// </summary>
internal sealed class GitHistoryScanner
{
    private const int BlobsPerBatch = 64;

    private readonly FragmentScanner scanner;
    private readonly ScanProgress progress;

    public GitHistoryScanner(FragmentScanner scanner, ScanProgress progress)
    {
        this.scanner = scanner;
        this.progress = progress;
    }

    public ScanReport Scan(string path, GitScanOptions options)
    {
        var clock = Stopwatch.StartNew();
        if (!Directory.Exists(path))
        {
            throw new CliException($"no such directory: {path}");
        }

        var gitDir = Repository.Discover(path) ?? throw new CliException($"not a git repository: {path}");
        using var repository = new Repository(gitDir);
        var statistics = new ScanStatistics { Shallow = repository.Info.IsShallow };
        if (statistics.Shallow)
        {
            statistics.Notes.Add("shallow clone: history before the clone's boundary is not scanned");
        }

        var findings = new List<Finding>();
        if (!repository.Refs.Any())
        {
            statistics.Notes.Add("empty repository: no commits to scan");
        }
        else
        {
            var tips = GitTips.Resolve(repository, options.Refs, options.Range);
            var origins = new BlobOrigins();
            var diff = new TreeDiff(repository, origins);
            var log = Walk(repository, tips, options.Since, diff);
            statistics.Commits = log.Count;
            statistics.Submodules = diff.Submodules.Count;
            if (statistics.Submodules > 0)
            {
                statistics.Notes.Add($"{statistics.Submodules} submodule(s) not entered: scan each submodule's repository on its own");
            }

            var counters = new ContentCounters();
            var warnings = new ConcurrentBag<string>();
            var found = ScanBlobs(gitDir, origins, options.MaxBlobBytes, counters, warnings);
            counters.CopyTo(statistics);
            statistics.Notes.AddRange(warnings.Distinct());
            if (statistics.SkippedLarge > 0)
            {
                statistics.Notes.Add($"{statistics.SkippedLarge} blob(s) over {options.MaxBlobBytes / (1024 * 1024)} MB not scanned (see --max-file-size)");
            }

            using var reader = new BlobReader(repository, options.MaxBlobBytes, new ContentCounters());
            var presence = new PathPresence(repository, new SecretsByBlob(found, origins, reader, scanner, statistics.Notes.Add));
            findings.AddRange(Attribute(repository, log, origins, found, presence));
        }

        statistics.Elapsed = clock.Elapsed;
        var ordered = findings.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Location.StartLine).ThenBy(f => f.Location.StartColumn).ToArray();
        return new ScanReport("git", path, ordered, statistics);
    }

    private CommitLog Walk(Repository repository, GitTips tips, DateTimeOffset? since, TreeDiff diff)
    {
        progress.Begin("walking commits", 0);
        var filter = new CommitFilter
        {
            IncludeReachableFrom = tips.Include,
            ExcludeReachableFrom = tips.Exclude,
            SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Time | CommitSortStrategies.Reverse,
        };
        var log = new CommitLog();
        foreach (var commit in repository.Commits.QueryBy(filter))
        {
            if (since is not null && commit.Committer.When < since)
            {
                continue;
            }

            var tree = commit.Tree;
            var index = log.Add(commit.Id, tree.Id);
            var parents = commit.Parents.ToArray();
            if (parents.Length == 0)
            {
                diff.Introduce(tree, null, index);
            }

            foreach (var parent in parents)
            {
                diff.Introduce(tree, parent.Tree, index);
            }

            progress.Advance();
        }

        return log;
    }

    private ConcurrentDictionary<ObjectId, IReadOnlyList<LocatedSecret>> ScanBlobs(
        string gitDir, BlobOrigins origins, long maxBytes, ContentCounters counters, ConcurrentBag<string> warnings)
    {
        var blobs = origins.Blobs.ToArray();
        progress.Begin("scanning blobs", blobs.Length);
        var found = new ConcurrentDictionary<ObjectId, IReadOnlyList<LocatedSecret>>();
        if (blobs.Length == 0)
        {
            return found;
        }

        var batches = System.Collections.Concurrent.Partitioner.Create(0, blobs.Length, BlobsPerBatch);
        Parallel.ForEach(
            batches,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => new BlobReader(gitDir, maxBytes, counters),
            (range, _, reader) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    if (reader.Read(blobs[i]) is { } text)
                    {
                        var located = scanner.Scan(text, warnings.Add);
                        if (located.Count > 0)
                        {
                            found[blobs[i]] = located;
                        }
                    }

                    progress.Advance();
                }

                return reader;
            },
            reader => reader.Dispose());
        return found;
    }

    private IEnumerable<Finding> Attribute(
        Repository repository,
        CommitLog log,
        BlobOrigins origins,
        IDictionary<ObjectId, IReadOnlyList<LocatedSecret>> found,
        PathPresence presence)
    {
        var first = new Dictionary<(string RuleId, string Secret, string Path), (int Commit, LocatedSecret Location)>();
        foreach (var (blob, located) in found)
        {
            foreach (var (path, commit) in origins.Of(blob))
            {
                foreach (var secret in located)
                {
                    var key = (secret.Rule.Id, secret.Secret, path);
                    if (!first.TryGetValue(key, out var current) || commit < current.Commit)
                    {
                        first[key] = (commit, secret);
                    }
                }
            }
        }

        progress.Begin("counting commits", log.Count);
        var counts = presence.CountCommits(log, first.Keys.Select(k => (k.Path, k.Secret)));
        var headTree = repository.Head.Tip?.Tree;
        var commits = new Dictionary<int, Commit>();
        foreach (var ((_, secret, path), (index, location)) in first)
        {
            if (!commits.TryGetValue(index, out var commit))
            {
                commits[index] = commit = repository.Lookup<Commit>(log.CommitAt(index));
            }

            var origin = new GitOrigin(
                commit.Sha,
                commit.Author.Name,
                commit.Author.Email,
                commit.Author.When,
                commit.Message.TrimEnd(),
                presence.InTree(headTree, path, secret),
                counts.GetValueOrDefault((path, secret)));
            yield return new Finding(location, path, origin);
        }
    }
}
