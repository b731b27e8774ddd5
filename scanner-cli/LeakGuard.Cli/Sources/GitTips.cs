using System;
using System.Collections.Generic;
using System.Linq;
using LibGit2Sharp;

namespace LeakGuard.Cli.Sources;

/// <summary>Which commits a history scan starts from and stops at.</summary>
internal sealed record GitTips(IReadOnlyList<Commit> Include, IReadOnlyList<Commit> Exclude)
{
    /// <summary>
    /// By default every ref (branches, tags, remote-tracking refs, notes) and every stash entry, not only the newest;
    /// with <paramref name="refs"/> or <paramref name="range"/> (<c>A..B</c>), only what they name.
    /// </summary>
    public static GitTips Resolve(Repository repository, IReadOnlyList<string> refs, string? range)
    {
        var include = new List<Commit>();
        var exclude = new List<Commit>();
        if (range is not null)
        {
            var separator = range.IndexOf("..", StringComparison.Ordinal);
            if (separator <= 0 || separator + 2 >= range.Length || range.Contains("...", StringComparison.Ordinal))
            {
                throw new CliException($"--range must look like A..B, got '{range}'");
            }

            exclude.Add(Peel(repository, range[..separator]));
            include.Add(Peel(repository, range[(separator + 2)..]));
        }

        // "^rev" excludes, as in git rev-list: the pre-push check scans what the remote does not have yet.
        include.AddRange(refs.Where(r => !r.StartsWith('^')).Select(r => Peel(repository, r)));
        exclude.AddRange(refs.Where(r => r.StartsWith('^')).Select(r => Peel(repository, r[1..])));
        if (range is null && include.Count == 0)
        {
            include.AddRange(repository.Refs.Select(r => PeelOrNull(Target(r))).OfType<Commit>());
            include.AddRange(repository.Stashes.Select(s => s.WorkTree));
        }

        return new GitTips(include.Distinct().ToArray(), exclude);
    }

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

        return direct.Target ?? throw new CliException(
            $"repository is damaged: {reference.CanonicalName} points to {direct.TargetIdentifier}, which cannot be read (run 'git fsck')");
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
