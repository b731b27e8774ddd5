using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using LeakGuard.Cli.Detect;
using LeakGuard.Cli.Findings;
using LeakGuard.Cli.Progress;
using LeakGuard.Cli.Sources.Objects;
using LibGit2Sharp;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// Scans a git history in three passes: read the objects (one stream of the whole database, or on demand for a
/// narrowed scan), scanning text blobs as they come; walk the commits oldest first, collecting the distinct blobs each
/// one introduces (against every parent, so a merge's own resolution counts); then, for found secrets only, pin down
/// the first commit, line, HEAD presence and commit count per path.
/// </summary>
internal sealed class GitHistoryScanner
{
    private readonly FragmentScanner scanner;
    private readonly ScanProgress progress;

    public GitHistoryScanner(FragmentScanner scanner, ScanProgress progress)
    {
        this.scanner = scanner;
        this.progress = progress;
    }

    /// <summary>
    /// Whether a scan of everything some refs reach reads the object store in one pass (the default) or, like a
    /// narrowed scan, through LibGit2Sharp; both must give the same report.
    /// </summary>
    public bool StreamObjects { get; init; } = true;

    /// <summary>How a narrowed scan (a range, <c>^ref</c>, <c>--since</c>) reads its objects when <see cref="StreamObjects"/> allows the stream.</summary>
    public NarrowedReads Narrowed { get; init; } = NarrowedReads.WhicheverIsCheaper;

    public ScanReport Scan(string path, GitScanOptions options)
    {
        var clock = Stopwatch.StartNew();
        if (!Directory.Exists(path))
        {
            throw new CliException($"no such directory: {path}");
        }

        var gitDir = Repository.Discover(path) ?? throw new CliException($"not a git repository: {path}");
        var repository = GitLibrary.Open(gitDir);
        try
        {
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
                var named = NamedTips.Resolve(repository);
                var warnings = new ConcurrentBag<string>();
                var counters = new ContentCounters();
                var inTags = InTags(repository, options, counters, warnings);
                var objects = Open(ref repository, gitDir, tips, options, warnings);
                progress.Begin("walking commits", 0);
                var log = objects.Walk(tips).Where(c => options.Since is not { } since || objects.Commit(c).Time >= since.ToUnixTimeSeconds()).ToArray();
                statistics.Commits = log.Length;
                var (origins, submodules) = IntroducedBlobs.Find(objects, log, progress);
                statistics.Submodules = submodules.Count;
                if (statistics.Submodules > 0)
                {
                    statistics.Notes.Add($"{statistics.Submodules} submodule(s) not entered: scan each submodule's repository on its own");
                }

                var found = objects.ScanIntroduced(origins.Blobs, counters, warnings.Add);
                var presence = new PathPresence(objects, new SecretsByBlob(found, origins, objects, statistics.Notes.Add));
                findings.AddRange(Attribute(repository, named, objects, log, origins, found, presence));
                var inHistory = findings.Select(f => (f.Path, f.Secret)).ToHashSet();
                findings.AddRange(inTags.Where(f => !inHistory.Contains((f.Path, f.Secret))));
                counters.CopyTo(statistics);
                if (objects.Partial is { } partial && statistics.NotInClone > 0)
                {
                    statistics.Notes.Add(partial.SkippedBlobs(statistics.NotInClone));
                }

                statistics.Notes.AddRange(warnings.Distinct());
                if (statistics.SkippedLarge > 0)
                {
                    statistics.Notes.Add($"{statistics.SkippedLarge} blob(s) over {options.MaxBlobBytes / (1024 * 1024)} MB not scanned (see --max-file-size)");
                }
            }

            statistics.Elapsed = clock.Elapsed;
            var ordered = findings.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Location.StartLine).ThenBy(f => f.Location.StartColumn).ToArray();
            return new ScanReport("git", path, ordered, statistics);
        }
        finally
        {
            repository.Dispose();
        }
    }

    /// <summary>
    /// A scan of everything some refs reach reads the whole object database in one stream; a narrowed scan (a range,
    /// <c>^ref</c>, <c>--since</c>) reads only what it needs through LibGit2Sharp, unless it covers so much of the
    /// history that the stream is cheaper (<see cref="NarrowedScanCost"/>). The stream reads the store itself, and
    /// LibGit2Sharp is closed meanwhile: libgit2 keeps mapped whatever it read of the pack index and packs to resolve
    /// the tips, tens of megabytes in a large repository.
    /// </summary>
    private HistoryObjects Open(ref Repository repository, string gitDir, GitTips tips, GitScanOptions options, ConcurrentBag<string> warnings)
    {
        var partial = PartialClone.Of(repository);
        var narrowed = tips.Exclude.Count > 0 || options.Since is not null;
        if (!StreamObjects || (narrowed && !StreamsNarrowed(repository, gitDir, tips, options.Since)))
        {
            return new LibGit2Objects(repository, gitDir, partial, scanner, options.MaxBlobBytes, progress, warnings.Add);
        }

        var shallow = repository.Info.IsShallow;
        repository.Dispose();
        var streamed = StreamedObjects.TryLoad(gitDir, shallow, partial, scanner, options.MaxBlobBytes, progress, warnings.Add);
        repository = GitLibrary.Open(gitDir);
        return (HistoryObjects?)streamed ?? new LibGit2Objects(repository, gitDir, partial, scanner, options.MaxBlobBytes, progress, warnings.Add);
    }

    /// <summary>
    /// What the tags hold (<see cref="TaggedObjects"/>), read while LibGit2Sharp is open anyway, before the stream: a
    /// repository has few tags, but reading them afterwards would map the pack index again at the scan's peak.
    /// </summary>
    private Finding[] InTags(Repository repository, GitScanOptions options, ContentCounters counters, ConcurrentBag<string> warnings)
    {
        using var reader = new BlobReader(repository, options.MaxBlobBytes, counters);
        return new TaggedObjectScanner(scanner, reader, PartialClone.Of(repository), counters, warnings.Add).Scan(TaggedObjects.For(repository, options)).ToArray();
    }

    private bool StreamsNarrowed(Repository repository, string gitDir, GitTips tips, DateTimeOffset? since) => Narrowed switch
    {
        NarrowedReads.Streamed => true,
        NarrowedReads.OnDemand => false,
        _ => NarrowedScanCost.StreamIsCheaper(repository, gitDir, tips, since),
    };

    private IEnumerable<Finding> Attribute(
        Repository repository,
        NamedTips named,
        HistoryObjects objects,
        int[] log,
        BlobOrigins origins,
        IReadOnlyDictionary<int, IReadOnlyList<LocatedSecret>> found,
        PathPresence presence)
    {
        var first = new Dictionary<(string RuleId, string Secret, string Path), (int Commit, LocatedSecret Location)>();
        foreach (var (blob, pathNumber, commit) in origins.All)
        {
            if (found.TryGetValue(blob, out var located))
            {
                var path = origins.Paths.Text(pathNumber);
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

        var inCommitTexts = new[] { objects.Messages, objects.Identities }
            .SelectMany(texts => texts.InLog(log).Select(found => (found.Commit, found.Location, texts.Path, found.Count)))
            .ToList();
        progress.Begin("counting commits", log.Length);
        var counts = presence.CountCommits(log, first.Keys.Select(k => (k.Path, k.Secret)));
        var headTree = named.Head is { } head ? objects.Commit(objects.Ids.Intern(head)).Tree : (int?)null;
        var reachability = LogReachability.Compute(named, objects, log, first.Values.Select(v => v.Commit).Concat(inCommitTexts.Select(t => t.Commit)).ToArray());
        var commits = new Dictionary<int, Commit>();
        var findings = first.Select(pair => (pair.Value.Commit, pair.Value.Location, pair.Key.Path, presence.InTree(headTree, pair.Key.Path, pair.Key.Secret), counts.GetValueOrDefault((pair.Key.Path, pair.Key.Secret))))
            .Concat(inCommitTexts.Select(t => (t.Commit, t.Location, t.Path, false, t.Count)));
        foreach (var (index, location, path, inHead, count) in findings)
        {
            if (!commits.TryGetValue(index, out var commit))
            {
                commits[index] = commit = repository.Lookup<Commit>(objects.Ids[log[index]].ToObjectId());
            }

            var message = CommitRedaction.Message(commit.Message.TrimEnd(), objects.Messages.Found.GetValueOrDefault(log[index]));
            var identity = objects.Identities.Found.GetValueOrDefault(log[index]);
            var origin = new GitOrigin(
                commit.Sha,
                CommitRedaction.Identity(commit.Author.Name, identity),
                CommitRedaction.Identity(commit.Author.Email, identity),
                commit.Author.When,
                message,
                inHead,
                count);
            yield return new Finding(location, path, origin) { Reachable = reachability.GetValueOrDefault(index) };
        }
    }
}
