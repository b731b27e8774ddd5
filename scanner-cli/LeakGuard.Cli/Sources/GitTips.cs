using System;
using System.Collections.Generic;
using System.Linq;
using LibGit2Sharp;

namespace LeakGuard.Cli.Sources;

/// <summary>Which commits a history scan starts from and stops at.</summary>
internal sealed record GitTips(IReadOnlyList<ObjectId> Include, IReadOnlyList<Commit> Exclude)
{
    /// <summary>
    /// By default every ref (branches, tags, remote-tracking refs, notes) and every stash entry, not only the newest;
    /// with <paramref name="refs"/> or <paramref name="range"/> (<c>A..B</c>), only what they name.
    /// </summary>
    public static GitTips Resolve(Repository repository, IReadOnlyList<string> refs, string? range)
    {
        var include = new List<ObjectId>();
        var exclude = new List<Commit>();
        if (range is not null)
        {
            var separator = range.IndexOf("..", StringComparison.Ordinal);
            if (separator <= 0 || separator + 2 >= range.Length || range.Contains("...", StringComparison.Ordinal))
            {
                throw new CliException($"--range must look like A..B, got '{range}'");
            }

            exclude.Add(Peel(repository, range[..separator]));
            include.Add(Peel(repository, range[(separator + 2)..]).Id);
        }

        // "^rev" excludes, as in git rev-list: the pre-push check scans what the remote does not have yet.
        include.AddRange(refs.Where(r => !r.StartsWith('^')).Select(r => Peel(repository, r).Id));
        exclude.AddRange(refs.Where(r => r.StartsWith('^')).Select(r => Peel(repository, r[1..])));
        if (range is null && include.Count == 0)
        {
            include.AddRange(CommitsOfRefs(repository));
            include.AddRange(repository.Stashes.Select(s => s.WorkTree.Id));
        }

        return new GitTips(include.Distinct().ToArray(), exclude);
    }

    /// <summary>
    /// The commits the refs point to, peeled. A mirror clone has a ref per pull request, a hundred thousand in a busy
    /// repository: each distinct target is looked at once, and by its header only unless it is a tag to peel.
    /// </summary>
    private static IEnumerable<ObjectId> CommitsOfRefs(Repository repository)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in repository.Refs)
        {
            if (reference.ResolveToDirectReference() is not { } direct || !seen.Add(direct.TargetIdentifier))
            {
                continue;
            }

            var id = new ObjectId(direct.TargetIdentifier);
            var type = TypeOf(repository, reference, id);
            if (type == ObjectType.Commit)
            {
                yield return id;
            }
            else if (type == ObjectType.Tag && PeelOrNull(Target(reference)) is { } commit)
            {
                yield return commit.Id;
            }
        }
    }

    /// <summary>The type of what a ref points to; a ref whose object cannot be read means history would be silently missed.</summary>
    private static ObjectType TypeOf(Repository repository, Reference reference, ObjectId id)
    {
        try
        {
            return repository.ObjectDatabase.RetrieveObjectMetadata(id).Type;
        }
        catch (NotFoundException)
        {
            throw Damaged(reference, id.Sha);
        }
    }

    private static CliException Damaged(Reference reference, string target) =>
        new($"repository is damaged: {reference.CanonicalName} points to {target}, which cannot be read (run 'git fsck')");

    private static Commit Peel(Repository repository, string name)
    {
        GitObject? found;
        try
        {
            found = repository.Lookup(name);
        }
        catch (LibGit2SharpException)
        {
            found = null;
        }

        return PeelOrNull(found) ?? throw new CliException(found is not null
            ? $"'{name}' names a {Kind(found)}, not a commit: --ref and --range take branches, tags of commits and commit ids"
            : repository.Info.IsShallow
            ? $"unknown revision '{name}' in this shallow clone, whose history may stop before it: fetch the history it needs (git fetch --unshallow, or a checkout with fetch-depth 0)"
            : $"unknown revision '{name}'");
    }

    /// <summary>What a ref points to; a ref whose object cannot be read means history would be silently missed.</summary>
    private static GitObject? Target(Reference reference)
    {
        var direct = reference.ResolveToDirectReference();
        if (direct is null)
        {
            return null;
        }

        return direct.Target ?? throw Damaged(reference, direct.TargetIdentifier);
    }

    /// <summary>What a name that is not a commit points to in the end: a tag of a tree is a tree.</summary>
    private static string Kind(GitObject target) => target switch
    {
        TagAnnotation tag => Kind(tag.Target),
        Tree => "tree",
        Blob => "blob",
        _ => target.GetType().Name.ToLowerInvariant(),
    };

    private static Commit? PeelOrNull(GitObject? target) => target switch
    {
        Commit commit => commit,
        TagAnnotation tag => PeelOrNull(tag.Target),
        _ => null,
    };
}
