using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LeakGuard.Cli.Detect;
using LeakGuard.Cli.Progress;
using LeakGuard.Cli.Sources.Objects.Packs;
using LibGit2Sharp;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// Objects read on demand through LibGit2Sharp: right for a narrowed scan (a range, <c>^ref</c>, <c>--since</c>), which
/// touches a small part of a large history, and the fallback when git itself cannot be run. Trees are parsed once.
/// </summary>
internal sealed class LibGit2Objects : HistoryObjects
{
    private const int BlobsPerBatch = 64;

    private readonly Dictionary<int, CommitNode> commits = [];
    private readonly Dictionary<int, int[]> trees = [];
    private readonly Repository repository;
    private readonly string gitDir;
    private readonly FragmentScanner scanner;
    private readonly long maxBytes;
    private readonly ScanProgress progress;

    public LibGit2Objects(Repository repository, string gitDir, PartialClone? partial, FragmentScanner scanner, long maxBytes, ScanProgress progress, Action<string> warn)
        : base(partial, scanner, warn)
    {
        this.repository = repository;
        this.gitDir = gitDir;
        this.scanner = scanner;
        this.maxBytes = maxBytes;
        this.progress = progress;
    }

    public override CommitNode Commit(int id)
    {
        if (!commits.TryGetValue(id, out var node))
        {
            var commit = repository.Lookup<Commit>(Ids[id].ToObjectId()) ?? throw Missing(Ids[id]);
            commits[id] = node = NodeOf(commit);
        }

        return node;
    }

    public override int[] Tree(int id)
    {
        if (!trees.TryGetValue(id, out var entries))
        {
            var tree = repository.Lookup<Tree>(Ids[id].ToObjectId()) ?? throw Missing(Ids[id]);
            trees[id] = entries = tree.Any(e => e.Name.Contains('\uFFFD', StringComparison.Ordinal))
                ? ParsedFromBytes(id)
                : tree.Select(e => Entries.Intern((int)e.Mode, e.Name, GitId.From(e.Target.Id))).ToArray();
        }

        return entries;
    }

    /// <summary>
    /// A tree with a name that is not UTF-8, which LibGit2Sharp hands over with U+FFFD in it: parsed from its bytes, as the
    /// streamed reader does, so that the name keeps its bytes (<see cref="GitPath.Decode"/>). Rare enough to open the store each time.
    /// </summary>
    private int[] ParsedFromBytes(int id)
    {
        using var store = ObjectDirectory.Open(gitDir);
        return [.. Entries.ParseTree(store.Read(Ids[id]).Content)];
    }

    public override IReadOnlyList<int> Walk(GitTips tips)
    {
        var filter = new CommitFilter
        {
            IncludeReachableFrom = tips.Include,
            ExcludeReachableFrom = tips.Exclude,
            SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Time | CommitSortStrategies.Reverse,
        };
        var order = new List<int>();
        foreach (var commit in repository.Commits.QueryBy(filter))
        {
            var id = Ids.Intern(GitId.From(commit.Id));
            commits.TryAdd(id, NodeOf(commit));
            Messages.Scan(id, commit.Message);
            Identities.Scan(id, CommitTexts.IdentitiesOf(commit));
            order.Add(id);
            progress.Advance();
        }

        return order;
    }

    public override IReadOnlyDictionary<int, IReadOnlyList<LocatedSecret>> ScanIntroduced(IReadOnlyCollection<int> blobs, ContentCounters counters, Action<string> warn)
    {
        var ids = blobs.Select(b => (Number: b, Id: Ids[b].ToObjectId())).ToArray();
        progress.Begin("scanning blobs", ids.Length);
        var found = new ConcurrentDictionary<int, IReadOnlyList<LocatedSecret>>();
        if (ids.Length == 0)
        {
            // Commits that only delete files or change modes bring in no blob (and a partitioner needs a range to cut).
            return found;
        }

        Parallel.ForEach(
            Partitioner.Create(0, ids.Length, BlobsPerBatch),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => new BlobReader(gitDir, maxBytes, counters),
            (range, _, reader) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    if (Scan(reader, ids[i].Number, counters, warn) is { Count: > 0 } located)
                    {
                        found[ids[i].Number] = located;
                    }

                    progress.Advance();
                }

                return reader;
            },
            reader => reader.Dispose());
        return found;
    }

    public override IReadOnlyList<LocatedSecret> ScanOther(int blob, Action<string> warn)
    {
        using var reader = new BlobReader(repository, maxBytes, new ContentCounters());
        return Scan(reader, blob, new ContentCounters(), warn);
    }

    private IReadOnlyList<LocatedSecret> Scan(BlobReader reader, int blob, ContentCounters counters, Action<string> warn)
    {
        try
        {
            return reader.Scan(Ids[blob].ToObjectId(), scanner, warn);
        }
        catch (NotFoundException)
        {
            BlobMissing(blob, counters);
            return [];
        }
    }

    private CommitNode NodeOf(Commit commit) => new(
        Ids.Intern(GitId.From(commit.Tree.Id)),
        commit.Parents.Select(p => Ids.Intern(GitId.From(p.Id))).ToArray(),
        commit.Committer.When.ToUnixTimeSeconds());
}
