using System;
using System.Collections.Generic;
using LeakGuard.Cli.Detect;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// The commits, trees and blobs a history scan reads, numbered by an <see cref="ObjectTable"/>. Two ways to get them:
/// one stream of the whole object database (<see cref="StreamedObjects"/>, for scans of everything a set of refs
/// reaches) or on-demand reads through LibGit2Sharp (<see cref="LibGit2Objects"/>, for narrowed scans).
/// </summary>
internal abstract class HistoryObjects
{
    protected HistoryObjects(PartialClone? partial, FragmentScanner scanner, Action<string> warn)
    {
        Entries = new TreeEntryTable(Ids);
        Partial = partial;
        Messages = new CommitTexts(CommitTexts.MessagePath, scanner, warn);
        Identities = new CommitTexts(CommitTexts.IdentityPath, scanner, warn);
    }

    public ObjectTable Ids { get; } = new();

    public TreeEntryTable Entries { get; }

    /// <summary>Set when the repository is a partial clone: blobs it left on its remote are counted, not an error.</summary>
    public PartialClone? Partial { get; }

    /// <summary>The secrets in the messages of the commits read, filled as they are read (the walk's at least).</summary>
    public CommitTexts Messages { get; }

    /// <summary>The secrets in the author and committer names and emails of the commits read, filled likewise.</summary>
    public CommitTexts Identities { get; }

    public abstract CommitNode Commit(int id);

    /// <summary>
    /// The tree's entries, as numbers into <see cref="Entries"/>, in git's order. The array may be shared, for callers
    /// to read only: trees asked for again (a walk meets each version of a folder in many commits) are kept unpacked.
    /// </summary>
    public abstract int[] Tree(int id);

    /// <summary>Whether <see cref="Commit"/> and <see cref="Tree"/> may be called from several threads at once.</summary>
    public virtual bool ReadsConcurrently => false;

    /// <summary>The commits the tips reach, parents before children and otherwise oldest first.</summary>
    public abstract IReadOnlyList<int> Walk(GitTips tips);

    /// <summary>Scans the blobs the walk introduced, counting what was skipped; returns those holding secrets.</summary>
    public abstract IReadOnlyDictionary<int, IReadOnlyList<LocatedSecret>> ScanIntroduced(IReadOnlyCollection<int> blobs, ContentCounters counters, Action<string> warn);

    /// <summary>The secrets in a blob the walk did not introduce: an older one a narrowed scan meets while counting commits.</summary>
    public abstract IReadOnlyList<LocatedSecret> ScanOther(int blob, Action<string> warn);

    protected CliException Missing(GitId id) => new(Partial is null
        ? $"repository is damaged: object {id} is missing (run 'git fsck')"
        : Partial.MissingObject(id.ToString()));

    /// <summary>A blob the walk met that the store does not hold: one a partial clone left on its remote, or damage.</summary>
    protected void BlobMissing(int blob, ContentCounters counters)
    {
        if (Partial is null)
        {
            throw Missing(Ids[blob]);
        }

        counters.NotInClone();
    }
}
