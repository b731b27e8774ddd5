using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using LeakGuard.Cli.Detect;
using LeakGuard.Cli.Progress;
using LeakGuard.Cli.Sources.Objects.Packs;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// The whole object database read in one pass straight from its packs and loose files: every object once, in pack
/// order, which is the cheapest way to read a history (it is what <c>git cat-file --batch-all-objects --unordered</c>
/// does). Commits and trees are kept in compact form; text blobs are scanned on every core as they stream past and only
/// their secrets are kept. Which objects the history reaches is worked out afterwards, so unreachable blobs are scanned
/// but never reported.
/// </summary>
internal sealed class StreamedObjects : HistoryObjects, IObjectSink
{
    private readonly Dictionary<int, CommitNode> commits = [];
    private readonly PackedTrees trees = new();
    private readonly BlobHeaders blobs;
    private readonly Dictionary<int, int> windowedFrom = [];
    private readonly long maxBytes;
    private readonly BlobScanPool pool;
    private readonly ByteBatcher<Structure> structure;
    private readonly List<(int Target, long Source, int Length)> copies = [];
    private readonly ScanProgress progress;
    private readonly SerialWorker<ByteBatch<Structure>> parser;
    private readonly FragmentScanner scanner;

    /// <summary>The binary blobs that are key files (<see cref="FragmentScanner.ScanKeyFile"/>), found by the reading thread.</summary>
    private readonly Dictionary<int, IReadOnlyList<LocatedSecret>> keyFiles = [];
    private bool parserBehind;

    private StreamedObjects(PartialClone? partial, FragmentScanner scanner, Action<string> warn, long maxBytes, BlobScanPool pool, SerialWorker<ByteBatch<Structure>> parser, ScanProgress progress)
        : base(partial, scanner, warn)
    {
        this.maxBytes = maxBytes;
        this.scanner = scanner;
        blobs = new BlobHeaders(Ids);
        this.pool = pool;
        this.parser = parser;
        parser.Start(Parse);
        structure = new(parser.Post);
        this.progress = progress;
    }

    /// <summary>
    /// Reads the repository's objects, or returns null if its store cannot be read this way (a format this reader does
    /// not know, a damaged or unreadable pack): the caller then reads through LibGit2Sharp, which reports any damage.
    /// </summary>
    public static StreamedObjects? TryLoad(string gitDir, bool shallow, PartialClone? partial, FragmentScanner scanner, long maxBytes, ScanProgress progress, Action<string> warn)
    {
        using var pool = new BlobScanPool(scanner, warn);
        using var parser = new SerialWorker<ByteBatch<Structure>>(capacity: 16);
        var objects = new StreamedObjects(partial, scanner, warn, maxBytes, pool, parser, progress);
        progress.Begin("reading objects", 0);
        try
        {
            using var directory = ObjectDirectory.Open(gitDir);
            directory.ReadAll(objects);
            objects.structure.Flush();
            parser.Complete();
            pool.Complete();
            objects.LookAgain(directory);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (shallow)
        {
            objects.CutShallowParents();
        }

        return objects;
    }

    public override CommitNode Commit(int id) => commits.TryGetValue(id, out var node) ? node : throw Missing(Ids[id]);

    public override int[] Tree(int id) => trees.Contains(id) ? trees.Unpack(id) : throw Missing(Ids[id]);

    /// <summary>Once loaded, everything here is only looked up: any number of threads may read at once.</summary>
    public override bool ReadsConcurrently => true;

    public override IReadOnlyList<int> Walk(GitTips tips) =>
        CommitOrder.Reachable(tips.Include.Select(c => Ids.Intern(GitId.From(c))), tips.Exclude.Select(c => Ids.Intern(GitId.From(c.Id))), Commit);

    public override IReadOnlyDictionary<int, IReadOnlyList<LocatedSecret>> ScanIntroduced(IReadOnlyCollection<int> introduced, ContentCounters counters, Action<string> warn)
    {
        var result = new Dictionary<int, IReadOnlyList<LocatedSecret>>();
        foreach (var blob in introduced)
        {
            if (!blobs.TryGet(blob, out var size, out var kind))
            {
                BlobMissing(blob, counters);
            }
            else if (size > maxBytes)
            {
                counters.SkippedLarge();
            }
            else if (keyFiles.TryGetValue(blob, out var keyFile))
            {
                counters.Scanned(size);
                result[blob] = keyFile;
            }
            else if (kind != ContentKind.Text)
            {
                counters.Skipped(kind);
            }
            else
            {
                counters.Scanned(size);
                if (pool.Found.TryGetValue(blob, out var secrets))
                {
                    result[blob] = secrets;
                }
            }
        }

        return result;
    }

    /// <summary>Every reachable blob was introduced by some commit of a full scan, so there is never another to read.</summary>
    public override IReadOnlyList<LocatedSecret> ScanOther(int blob, Action<string> warn) => pool.Found.GetValueOrDefault(blob) ?? keyFiles.GetValueOrDefault(blob) ?? [];

    /// <summary>
    /// Behind from when 12 batches wait for the parser (of the 16 it queues) until 4 do: while trees are parsed the
    /// reader reads blobs for the scanners instead of waiting, and it moves between the two parts of a pack seldom.
    /// </summary>
    bool IObjectSink.StructureBehind()
    {
        parserBehind = parser.Pending >= (parserBehind ? 5 : 12);
        return parserBehind;
    }

    bool IObjectSink.Wants(ObjectType type, long size) => type != ObjectType.Other && (type != ObjectType.Blob || size <= maxBytes);

    void IObjectSink.Add(int number, ObjectType type, ReadOnlySpan<byte> content) => Add(number, type, content, null, [], []);

    void IObjectSink.AddDerived(int number, ObjectType type, ReadOnlySpan<byte> content, int deltaBase, ReadOnlySpan<byte> baseContent, ReadOnlySpan<byte> delta) =>
        Add(number, type, content, deltaBase, baseContent, delta);

    private void Add(int number, ObjectType type, ReadOnlySpan<byte> content, int? deltaBase, ReadOnlySpan<byte> baseContent, ReadOnlySpan<byte> delta)
    {
        switch (type)
        {
            case ObjectType.Commit:
                content.CopyTo(structure.Add(new Structure(number, type, -1, content.Length), content.Length));
                break;
            case ObjectType.Tree:
                // A tree stored as a delta travels with its delta: the parser finds what it copied from its base.
                var piece = structure.Add(new Structure(number, type, deltaBase ?? -1, content.Length), content.Length + delta.Length);
                content.CopyTo(piece);
                delta.CopyTo(piece[content.Length..]);
                break;
            default:
                var kind = TextDecoder.Classify(content);
                blobs.Set(number, content.Length, kind);
                if (kind == ContentKind.Text)
                {
                    pool.Add(number, content, WindowsOf(number, content, deltaBase, baseContent, delta));
                }
                else if (kind == ContentKind.Binary && scanner.ScanKeyFile(content) is { } keyFile)
                {
                    keyFiles[number] = [keyFile];
                }

                break;
        }

        progress.Advance();
    }

    /// <summary>
    /// Parses commits and trees on a thread of their own, in the order they were read, while the reading thread goes on
    /// inflating: interning a history's tree entries costs as much as reading it.
    /// </summary>
    private void Parse(ByteBatch<Structure> batch)
    {
        foreach (var ((number, type, deltaBase, rawLength), start, length) in batch.Items)
        {
            var raw = batch.Buffer.AsSpan(start, rawLength);
            if (type == ObjectType.Commit)
            {
                commits[number] = CommitParser.Parse(raw, Ids);
                Messages.Scan(number, CommitTexts.MessageOf(raw));
                Identities.Scan(number, CommitTexts.IdentitiesOf(raw));
            }
            else if (deltaBase >= 0 && trees.Contains(deltaBase))
            {
                DeltaPatch.Copies(batch.Buffer.AsSpan(start + rawLength, length - rawLength), copies);
                var baseEntries = trees.Unpack(deltaBase);
                trees.Add(number, Entries.ParseTree(raw, baseEntries, copies), deltaBase, baseEntries);
            }
            else
            {
                trees.Add(number, Entries.ParseTree(raw));
            }
        }

        batch.Release();
    }

    /// <summary>
    /// What to scan of a text blob stored as a delta of another text blob that was scanned before it: the windows
    /// around its new bytes (<see cref="ScanWindows"/>), long lines cut unless it or its base may hold an allow marker,
    /// and the lines that import packages at its top (<see cref="ImportLines"/>).
    /// Null, meaning all of it, for anything else.
    /// </summary>
    private (int Start, int End)[]? WindowsOf(int blob, ReadOnlySpan<byte> content, int? deltaBase, ReadOnlySpan<byte> baseContent, ReadOnlySpan<byte> delta)
    {
        if (deltaBase is not { } from
            || !blobs.TryGet(from, out var baseSize, out var baseKind)
            || baseKind != ContentKind.Text
            || baseSize > maxBytes
            || !TextDecoder.IsUtf8(content))
        {
            return null;
        }

        var newRanges = DeltaPatch.NewRanges(delta);
        var windows = ScanWindows.Around(newRanges, content, cutLongLines: true);
        if (windows is not null && ScanWindows.CutsLines(windows, content) && (AllowMarkerBytes.MayHold(content) || AllowMarkerBytes.MayHold(baseContent)))
        {
            windows = ScanWindows.Around(newRanges, content, cutLongLines: false);
        }

        if (windows is not null)
        {
            windowedFrom[blob] = from;
            if (windows.Length > 0)
            {
                windows = ScanWindows.Joined(windows, ImportLines.In(content));
            }
        }

        return windows;
    }

    /// <summary>
    /// A blob scanned only around its new bytes is scanned whole when something new turned up there, for exact
    /// positions, and when it or a blob it is built on takes a key by name: a key its new bytes assign to that name is
    /// one only with the use, which may lie outside its windows. It also holds whatever its base held that it copied:
    /// each one built, directly or not, on one holding secrets is looked at again for those (<see cref="InheritedSecrets"/>).
    /// </summary>
    private void LookAgain(ObjectDirectory directory)
    {
        var wholeFirst = new Dictionary<int, bool>();
        var hits = pool.WindowHits.Keys.Where(hit => ScannedWholeFirst(hit, wholeFirst)).Union(BuiltOnKeysTakenByName()).ToList();
        RescanAll(directory, hits.Where(windowedFrom.Remove).Select(blob => (blob, (IReadOnlyList<LocatedSecret>?)null)).ToList());
        if (pool.Found.IsEmpty || windowedFrom.Count == 0)
        {
            return;
        }

        // Every blob built, directly or not, on one holding secrets, with the secrets of the nearest one known to hold
        // some: a blob in between holds some of those or none, never others (its new bytes were scanned), so each can
        // be looked at on its own, on every core. Depth first, so that each is read right after its base, still in the
        // reader's cache: breadth first, the bases of a long chain's next level fall out of it and are rebuilt.
        var derived = windowedFrom.ToLookup(pair => pair.Value, pair => pair.Key);
        var descendants = new List<(int Blob, IReadOnlyList<LocatedSecret>? Candidates)>();
        var waiting = new Stack<(int Blob, IReadOnlyList<LocatedSecret> Secrets)>();
        foreach (var (holder, secrets) in pool.Found)
        {
            PushDerived(holder, secrets);
        }

        while (waiting.TryPop(out var next))
        {
            descendants.Add(next);
            PushDerived(next.Blob, next.Secrets);
        }

        void PushDerived(int source, IReadOnlyList<LocatedSecret> secrets)
        {
            foreach (var blob in derived[source].Where(windowedFrom.Remove))
            {
                waiting.Push((blob, secrets));
            }
        }

        RescanAll(directory, descendants);
    }

    /// <summary>
    /// The blobs scanned in windows that take a key by name, or are built, directly or not, on one that does: the
    /// versions of files that hand a key around by name, which are few. Each chain of bases is walked once.
    /// </summary>
    private List<int> BuiltOnKeysTakenByName()
    {
        if (pool.TakingKeysByName.IsEmpty)
        {
            return [];
        }

        var known = new Dictionary<int, bool>();
        var chain = new List<int>();
        foreach (var blob in windowedFrom.Keys)
        {
            var above = blob;
            bool takes;
            while (true)
            {
                if (known.TryGetValue(above, out takes))
                {
                    break;
                }

                chain.Add(above);
                if (pool.TakingKeysByName.ContainsKey(above) || !windowedFrom.TryGetValue(above, out var next))
                {
                    takes = pool.TakingKeysByName.ContainsKey(above);
                    break;
                }

                above = next;
            }

            foreach (var link in chain)
            {
                known[link] = takes;
            }

            chain.Clear();
        }

        return windowedFrom.Keys.Where(blob => known[blob]).ToList();
    }

    /// <summary>
    /// Whether a window hit is scanned whole before the blobs built on holders are looked at. Not when all it turned up
    /// is, by text, what the nearest blob above it known to hold secrets holds (an edit beside a key, a key copied to a
    /// second place): it is then one of that holder's versions like the others. A new secret, a decoded one, no holder
    /// above it, or above it a hit that is scanned whole (whose new secrets it may hold) make it scanned whole.
    /// </summary>
    private bool ScannedWholeFirst(int hit, Dictionary<int, bool> decided)
    {
        if (decided.TryGetValue(hit, out var known))
        {
            return known;
        }

        var found = pool.WindowHits[hit];
        var whole = true;
        for (var above = windowedFrom[hit]; ; above = windowedFrom[above])
        {
            if (pool.Found.TryGetValue(above, out var held))
            {
                whole = found.Any(f => f.Decoded || !held.Any(h => h.Secret == f.Secret));
                break;
            }

            if ((pool.WindowHits.ContainsKey(above) && ScannedWholeFirst(above, decided)) || !windowedFrom.ContainsKey(above))
            {
                break;
            }
        }

        decided[hit] = whole;
        return whole;
    }

    /// <summary>
    /// Reads the blobs in the order given (mostly each built on one read before it) and, on every core, scans each whole,
    /// or for the candidates given, looks for what it holds of them.
    /// </summary>
    private void RescanAll(ObjectDirectory directory, List<(int Blob, IReadOnlyList<LocatedSecret>? Candidates)> blobs)
    {
        // Each blob is copied into a buffer of the shared pool, given back once scanned: a history of a file of megabytes
        // rebuilt by every commit would otherwise take fresh memory, page by page, for every version.
        using var read = new BlockingCollection<(int Blob, IReadOnlyList<LocatedSecret>? Candidates, byte[] Buffer, int Length)>(boundedCapacity: 2 * Environment.ProcessorCount);
        var scanners = Enumerable.Range(0, Math.Min(Environment.ProcessorCount, blobs.Count))
            .Select(_ => Task.Run(() =>
            {
                try
                {
                    foreach (var (blob, candidates, buffer, length) in read.GetConsumingEnumerable())
                    {
                        pool.Rescan(blob, buffer.AsSpan(0, length), candidates);
                        ArrayPool<byte>.Shared.Return(buffer);
                    }
                }
                catch
                {
                    // Stops the reading loop (its next Add throws) rather than leaving it waiting on a full queue.
                    read.CompleteAdding();
                    throw;
                }
            }))
            .ToArray();
        try
        {
            foreach (var (blob, candidates) in blobs)
            {
                directory.Read(Ids[blob], (content, _) =>
                {
                    var buffer = ArrayPool<byte>.Shared.Rent(content.Length);
                    content.CopyTo(buffer);
                    read.Add((blob, candidates, buffer, content.Length));
                });
            }
        }
        finally
        {
            read.CompleteAdding();
            Task.WaitAll(scanners);
        }
    }

    void IObjectSink.Skip(int number, ObjectType type, long size)
    {
        if (type == ObjectType.Blob)
        {
            blobs.Set(number, size, ContentKind.Binary);
        }

        progress.Advance();
    }

    /// <summary>A shallow clone's boundary commits name parents it does not have: there, history starts.</summary>
    private void CutShallowParents()
    {
        foreach (var (id, node) in commits.ToArray())
        {
            if (node.Parents.Any(p => !commits.ContainsKey(p)))
            {
                commits[id] = node with { Parents = node.Parents.Where(commits.ContainsKey).ToArray() };
            }
        }
    }

    /// <summary>A commit or tree on its way to the parser: its raw bytes, then for a tree stored as a delta of tree <see cref="DeltaBase"/> (else -1), the delta.</summary>
    private readonly record struct Structure(int Number, ObjectType Type, int DeltaBase, int RawLength);
}
