namespace LeakGuard.Cli.Sources.Objects;

/// <summary>What a history scan needs of a commit: its root tree, its parents and its committer time (Unix seconds).</summary>
internal sealed record CommitNode(int Tree, int[] Parents, long Time);
