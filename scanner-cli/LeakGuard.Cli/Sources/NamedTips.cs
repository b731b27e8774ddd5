using System.Collections.Generic;
using System.Linq;
using LeakGuard.Cli.Sources.Objects;
using LibGit2Sharp;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// The commits HEAD, the local branches and the tags (peeled) point to: what a finding's reachability is reported
/// against. Read once, before the object store is streamed, so that nothing has to be looked up through LibGit2Sharp
/// again afterwards.
/// </summary>
internal sealed record NamedTips(GitId? Head, IReadOnlyList<(string Name, GitId Commit)> Branches, IReadOnlyList<(string Name, GitId Commit)> Tags)
{
    public static NamedTips Resolve(Repository repository) => new(
        repository.Info.IsHeadUnborn || repository.Head.Tip is not { } head ? null : GitId.From(head.Id),
        repository.Branches.Where(b => !b.IsRemote && b.Tip is not null).Select(b => (b.FriendlyName, GitId.From(b.Tip.Id))).ToArray(),
        repository.Tags.Select(t => (t.FriendlyName, Tip: t.PeeledTarget as Commit)).Where(t => t.Tip is not null).Select(t => (t.FriendlyName, GitId.From(t.Tip!.Id))).ToArray());
}
