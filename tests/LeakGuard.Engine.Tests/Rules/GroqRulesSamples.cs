using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class GroqRulesSamples
{
    private static readonly string GroqWithoutSignature = FakeKey.Of("gsk", "_", FakeKey.Random(FakeKey.Base62, 52, 7));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("groq-api-key", TestKeys.Groq(), "GROQ_API_KEY")
        .FindsIn("groq-api-key", "without the XgroqX signature", $"GROQ_API_KEY={GroqWithoutSignature}", GroqWithoutSignature)
        .Ignores("groq-api-key", "too regular to be random", FakeKey.Of("gsk", "_", new string('a', 52)))
        .Ignores("groq-api-key", "one character short", TestKeys.Groq()[..^1])
        .Ignores("groq-api-key", "placeholder", "GROQ_API_KEY=gsk_...");
}
