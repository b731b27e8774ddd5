using System;
using System.Collections.Generic;
using System.Linq;
using LeakGuard.Cli.Detect;
using LeakGuard.Cli.Findings;
using LeakGuard.Cli.Sources.Objects;
using LibGit2Sharp;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// Finds the secrets in <see cref="TaggedObjects"/>. A tag's message and tagger are reported as a commit's are, at
/// <see cref="MessagePath"/> and <see cref="IdentityPath"/>, once per secret, from the earliest tag holding it (its id
/// standing for the commit, its tagger for the author) and counting the tags that do. A tagged tree's files are
/// reported at their paths, and a tagged blob at <see cref="BlobPath"/>; no commit brought them in, so they have no
/// origin. Every finding names the tags that lead to it.
/// </summary>
internal sealed class TaggedObjectScanner
{
    /// <summary>Messages, without the signature a signed tag appends (<see cref="MessageOf"/>).</summary>
    public const string MessagePath = "(tag message)";

    /// <summary>The tagger, scanned as the line <c>tagger Name &lt;email&gt;</c>.</summary>
    public const string IdentityPath = "(tag identity)";

    public const string BlobPath = "(tagged blob)";

    private static readonly string[] SignatureStarts =
        ["-----BEGIN PGP SIGNATURE-----", "-----BEGIN PGP MESSAGE-----", "-----BEGIN SSH SIGNATURE-----", "-----BEGIN SIGNED MESSAGE-----"];

    private readonly FragmentScanner scanner;
    private readonly BlobReader reader;
    private readonly PartialClone? partial;
    private readonly ContentCounters counters;
    private readonly Action<string> warn;
    private readonly Dictionary<ObjectId, IReadOnlyList<LocatedSecret>> blobs = [];

    public TaggedObjectScanner(FragmentScanner scanner, BlobReader reader, PartialClone? partial, ContentCounters counters, Action<string> warn)
    {
        this.scanner = scanner;
        this.reader = reader;
        this.partial = partial;
        this.counters = counters;
        this.warn = warn;
    }

    /// <summary>A tag's message as <c>git tag -l --format=%(contents:body)</c> would show it with its subject: without the signature.</summary>
    public static string MessageOf(string message)
    {
        var end = message.Length;
        foreach (var start in SignatureStarts)
        {
            // git takes the last such line as the signature's start.
            var at = message.LastIndexOf("\n" + start, StringComparison.Ordinal);
            if (at >= 0)
            {
                end = Math.Min(end, at + 1);
            }
        }

        return message[..end].TrimStart('\n');
    }

    /// <summary>
    /// The findings, before the history's: a tagged tree that is also a commit's gives the same secrets at the same
    /// paths, which callers drop for the history's findings, which say which commit brought them in.
    /// </summary>
    public IEnumerable<Finding> Scan(TaggedObjects tagged) => InAnnotations(tagged).Concat(InTreesAndBlobs(tagged));

    private IEnumerable<Finding> InAnnotations(TaggedObjects tagged)
    {
        var read = tagged.Annotations
            .Select(a => (a.Tag, a.Names, Message: MessageOf(a.Tag.Message ?? string.Empty), Tagger: a.Tag.Tagger))
            .Select(a => (a.Tag, a.Names, a.Message, a.Tagger,
                InMessage: Scan(a.Message),
                InIdentity: a.Tagger is null ? [] : Scan($"tagger {a.Tagger.Name} <{a.Tagger.Email}>")))
            .OrderBy(a => a.Tagger?.When ?? DateTimeOffset.MaxValue)
            .ThenBy(a => a.Tag.Sha, StringComparer.Ordinal)
            .ToArray();
        var secrets = read.SelectMany(a => a.InMessage.Select(s => (Path: MessagePath, Secret: s, Tag: a)).Concat(a.InIdentity.Select(s => (Path: IdentityPath, Secret: s, Tag: a))));
        foreach (var holders in secrets.GroupBy(s => (s.Path, s.Secret.Rule.Id, s.Secret.Secret)))
        {
            var (_, location, first) = holders.First();
            var tags = holders.Select(h => h.Tag.Tag.Id).Distinct().Count();
            var origin = new GitOrigin(
                first.Tag.Sha,
                CommitRedaction.Identity(first.Tagger?.Name ?? string.Empty, first.InIdentity),
                CommitRedaction.Identity(first.Tagger?.Email ?? string.Empty, first.InIdentity),
                first.Tagger?.When ?? DateTimeOffset.UnixEpoch,
                CommitRedaction.Message(first.Message.TrimEnd(), first.InMessage),
                InHead: false,
                tags) { IsTag = true };
            yield return new Finding(location, holders.Key.Path, origin) { Reachable = Tags(holders.SelectMany(h => h.Tag.Names)) };
        }
    }

    private IEnumerable<Finding> InTreesAndBlobs(TaggedObjects tagged)
    {
        var files = tagged.Trees.SelectMany(t => FilesOf(t.Tree, string.Empty).Select(f => (f.Path, f.Blob, t.Names)))
            .Concat(tagged.Blobs.Select(b => (Path: BlobPath, Blob: b.Blob.Id, b.Names)));
        var secrets = files.SelectMany(f => ScanOnce(f.Blob).Select(s => (f.Path, Secret: s, f.Names)));
        foreach (var holders in secrets.GroupBy(s => (s.Path, s.Secret.Rule.Id, s.Secret.Secret)))
        {
            yield return new Finding(holders.First().Secret, holders.Key.Path, Origin: null) { Reachable = Tags(holders.SelectMany(h => h.Names)) };
        }
    }

    private static IEnumerable<(string Path, ObjectId Blob)> FilesOf(Tree tree, string folder)
    {
        foreach (var entry in tree)
        {
            var path = folder + entry.Name;
            switch (entry.TargetType)
            {
                case TreeEntryTargetType.Tree:
                    foreach (var file in FilesOf((Tree)entry.Target, path + "/"))
                    {
                        yield return file;
                    }

                    break;
                case TreeEntryTargetType.Blob:
                    yield return (path, entry.Target.Id);
                    break;
            }
        }
    }

    private static Reachability Tags(IEnumerable<string> names) => new(false, [], names.Distinct().Order(StringComparer.Ordinal).ToArray());

    private IReadOnlyList<LocatedSecret> Scan(string text) => text.Length == 0 ? [] : scanner.Scan(text, warn);

    /// <summary>A blob's secrets, scanned once however many tagged trees hold it.</summary>
    private IReadOnlyList<LocatedSecret> ScanOnce(ObjectId blob)
    {
        if (!blobs.TryGetValue(blob, out var secrets))
        {
            blobs[blob] = secrets = ScanBlob(blob);
        }

        return secrets;
    }

    private IReadOnlyList<LocatedSecret> ScanBlob(ObjectId blob)
    {
        try
        {
            return reader.Scan(blob, scanner, warn);
        }
        catch (NotFoundException) when (partial is not null)
        {
            counters.NotInClone();
            return [];
        }
    }
}
