using LibGit2Sharp;

namespace LeakGuard.Cli.Sources;

/// <summary>One entry of a git tree: a blob (file or symlink) or a subtree. Submodule links are left out.</summary>
internal readonly record struct TreeItem(string Name, ObjectId Id, bool IsTree);
