using System;
using System.IO;
using LibGit2Sharp;

namespace LeakGuard.Cli.Hooks;

/// <summary>
/// The folder git runs hooks from, found from any folder inside the repository: <c>core.hooksPath</c> when set
/// (a relative one is relative to the top of the working tree, as git reads it), otherwise <c>hooks</c> in the common
/// git directory, which linked worktrees share with the main one.
/// </summary>
internal static class HooksFolder
{
    public static string Find(string path)
    {
        if (!Directory.Exists(path))
        {
            throw new CliException($"no such directory: {path}");
        }

        var gitDir = Repository.Discover(path) ?? throw new CliException($"not a git repository: {path}");
        using var repository = GitLibrary.Open(gitDir);
        var configured = repository.Config.Get<string>("core.hooksPath")?.Value;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var expanded = configured.StartsWith("~/", StringComparison.Ordinal)
                ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), configured[2..])
                : configured;
            var top = repository.Info.WorkingDirectory ?? repository.Info.Path;
            return Path.GetFullPath(Path.Combine(top, expanded));
        }

        return Path.Combine(CommonDirectory(repository.Info.Path), "hooks");
    }

    /// <summary>The top of the working tree <paramref name="path"/> is in, where git runs hooks; null for a bare repository.</summary>
    public static string? WorkingTree(string path)
    {
        using var repository = GitLibrary.Open(Repository.Discover(path));
        return repository.Info.WorkingDirectory;
    }

    private static string CommonDirectory(string gitDir)
    {
        var pointer = Path.Combine(gitDir, "commondir");
        return File.Exists(pointer) ? Path.GetFullPath(Path.Combine(gitDir, File.ReadAllText(pointer).Trim())) : gitDir;
    }
}
