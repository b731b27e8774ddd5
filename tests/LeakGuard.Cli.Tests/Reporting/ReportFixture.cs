using System;
using LeakGuard.Cli.Detect;
using LeakGuard.Cli.Findings;
using LeakGuard.Cli.Tests.Infrastructure;
using LeakGuard.Engine;

namespace LeakGuard.Cli.Tests.Reporting;

/// <summary>Reports built directly, so reporter tests exercise rendering alone.</summary>
internal static class ReportFixture
{
    public static readonly string Sha = new('a', 40);

    public static string OpenAiKey { get; } = Keys.Make("openai-api-key", 21);

    public static string GitHubKey { get; } = Keys.Make("github-pat", 22);

    public static ScanReport Git() => Build("git", new GitOrigin(Sha, "Ada Tester", "ada@example.test", new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero), "add config\n\nbody", true, 3));

    public static ScanReport Dir() => Build("dir", null);

    public static ScanReport Clean() => new("git", "/repo", [], new ScanStatistics { Commits = 4, Files = 7 });

    private static ScanReport Build(string kind, GitOrigin? origin)
    {
        var openAi = new LocatedSecret(Rule("openai-api-key"), OpenAiKey, 3, 9, 3, 9 + OpenAiKey.Length);
        var gitHub = new LocatedSecret(Rule("github-pat"), GitHubKey, 1, 1, 1, 1 + GitHubKey.Length);
        return new ScanReport(
            kind,
            "/repo",
            [new Finding(openAi, "config dir/clé.txt", origin), new Finding(gitHub, "src/a.cs", origin)],
            new ScanStatistics { Commits = 4, Files = 7, Bytes = 2048, SkippedBinary = 1 });
    }

    private static SecretRule Rule(string id) => Array.Find([.. BuiltInRules.All], r => r.Id == id)!;
}
