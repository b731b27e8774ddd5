using System.Collections.Generic;
using LibGit2Sharp;

namespace LeakGuard.Cli.Sources;

/// <summary>The scanned commits in walk order, oldest first: an index into it is how origins name a commit.</summary>
internal sealed class CommitLog
{
    private readonly List<(ObjectId Commit, ObjectId Tree)> commits = [];

    public int Count => commits.Count;

    public ObjectId CommitAt(int index) => commits[index].Commit;

    public ObjectId TreeAt(int index) => commits[index].Tree;

    public int Add(ObjectId commit, ObjectId tree)
    {
        commits.Add((commit, tree));
        return commits.Count - 1;
    }
}
