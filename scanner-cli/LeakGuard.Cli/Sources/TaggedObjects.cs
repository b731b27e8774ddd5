using System;
using System.Collections.Generic;
using System.Linq;
using LibGit2Sharp;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// What tags hold beyond the commits they name: annotated tags, whose message and tagger a release note may paste a key
/// into, and the trees and blobs a tag may point at directly (git.git's <c>junio-gpg-pub</c>, the kernel's
/// <c>v2.6.11-tree</c>), which no commit reaches. Each object is listed once, with the names of every ref that leads
/// to it (a tag of a tag leads to both).
/// </summary>
internal sealed class TaggedObjects
{
    private const string TagsPrefix = "refs/tags/";

    private readonly Dictionary<ObjectId, (GitObject Target, SortedSet<string> Names)> found = [];

    public IEnumerable<(TagAnnotation Tag, IReadOnlyCollection<string> Names)> Annotations => Of<TagAnnotation>();

    public IEnumerable<(Tree Tree, IReadOnlyCollection<string> Names)> Trees => Of<Tree>();

    public IEnumerable<(Blob Blob, IReadOnlyCollection<string> Names)> Blobs => Of<Blob>();

    /// <summary>
    /// What a scan of everything (no options) reaches from the tags (<c>refs/tags/</c>: other refs name commits, and a
    /// mirror clone has a hundred thousand of them, each a lookup); what <c>--ref</c> names; nothing for a range or
    /// <c>--since</c>, whose scans are about the commits in them.
    /// </summary>
    public static TaggedObjects For(Repository repository, GitScanOptions options)
    {
        var tagged = new TaggedObjects();
        if (options.Range is not null || options.Since is not null)
        {
            return tagged;
        }

        var starts = options.Refs.Count == 0
            ? repository.Refs.FromGlob(TagsPrefix + "*").Where(r => !NamesCommit(repository, r)).Select(r => (Name: r.CanonicalName[TagsPrefix.Length..], Target: r.ResolveToDirectReference()?.Target))
            : options.Refs.Where(r => !r.StartsWith('^')).Select(r => (Name: r, Target: (GitObject?)repository.Lookup(r)));
        foreach (var (name, start) in starts)
        {
            for (var target = start; target is TagAnnotation or Tree or Blob; target = (target as TagAnnotation)?.Target)
            {
                tagged.Add(target, name);
            }
        }

        return tagged;
    }

    /// <summary>Whether a tag is a lightweight one of a commit, the most common kind: told by the object's header, without loading it.</summary>
    private static bool NamesCommit(Repository repository, Reference reference) =>
        reference.ResolveToDirectReference() is { } direct
        && repository.ObjectDatabase.RetrieveObjectMetadata(new ObjectId(direct.TargetIdentifier)).Type == ObjectType.Commit;

    private void Add(GitObject target, string name)
    {
        if (!found.TryGetValue(target.Id, out var entry))
        {
            found[target.Id] = entry = (target, new SortedSet<string>(StringComparer.Ordinal));
        }

        entry.Names.Add(name);
    }

    private IEnumerable<(T Target, IReadOnlyCollection<string> Names)> Of<T>()
        where T : GitObject =>
        found.Values.Where(v => v.Target is T).Select(v => ((T)v.Target, (IReadOnlyCollection<string>)v.Names));
}
