using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DeepSeekRulesSamples
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("deepseek-api-key", TestKeys.DeepSeek(), "DEEPSEEK_API_KEY")
        .FindsIn("deepseek-api-key", "name passed as context", TestKeys.DeepSeek(2), TestKeys.DeepSeek(2), "deepSeekKey")
        .Ignores("deepseek-api-key", "no DeepSeek context", $"\"id\": \"{TestKeys.DeepSeek()}\"")
        .Ignores("deepseek-api-key", "upper-case hex", $"deepseek: {TestKeys.DeepSeek().ToUpperInvariant()}")
        .Ignores("deepseek-api-key", "31 hex digits", $"deepseek: {TestKeys.DeepSeek()[..^1]}");
}
