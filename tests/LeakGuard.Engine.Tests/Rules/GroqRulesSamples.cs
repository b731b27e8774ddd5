using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class GroqRulesSamples
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("groq-api-key", TestKeys.Groq(), "GROQ_API_KEY")
        .Ignores("groq-api-key", "signature missing", FakeKey.Of("gsk", "_", FakeKey.Random(FakeKey.Base62, 52)))
        .Ignores("groq-api-key", "one character short", TestKeys.Groq()[..^1])
        .Ignores("groq-api-key", "placeholder", "GROQ_API_KEY=gsk_...");
}
