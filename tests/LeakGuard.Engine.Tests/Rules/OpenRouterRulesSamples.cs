using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class OpenRouterRulesSamples
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("openrouter-api-key", TestKeys.OpenRouter(), "OPENROUTER_API_KEY")
        .Ignores("openrouter-api-key", "63 hex digits", TestKeys.OpenRouter()[..^1])
        .Ignores("openrouter-api-key", "not hex", FakeKey.Of("sk-", "or-v1-", FakeKey.Random(FakeKey.Base62, 64)));
}
