using System;
using System.Collections.Generic;
using LeakGuard.Engine;
using LeakGuard.Tests;

namespace LeakGuard.Cli.Tests.Infrastructure;

/// <summary>Keys of several providers for scenario theories, built at run time, with the rule each must trigger.</summary>
internal static class Keys
{
    public static IEnumerable<object[]> Providers =>
    [
        ["openai-api-key"],
        ["openai-project-api-key"],
        ["github-pat"],
    ];

    public static string Make(string ruleId, int seed) => ruleId switch
    {
        "openai-api-key" => TestKeys.OpenAi(seed),
        "openai-project-api-key" => TestKeys.OpenAiProject(seed),
        "github-pat" => TestKeys.GitHubClassic(seed),
        _ => throw new ArgumentOutOfRangeException(nameof(ruleId), ruleId, null),
    };

    public static string Redacted(string key) => Redactor.Redact(key);
}
