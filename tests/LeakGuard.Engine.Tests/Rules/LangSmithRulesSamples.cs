using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class LangSmithRulesSamples
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("langsmith-api-key", TestKeys.LangSmith(), "LANGSMITH_API_KEY")
        .FindsIn("langsmith-api-key", "service key", $"LANGCHAIN_API_KEY={TestKeys.LangSmith("sk", 2)}", TestKeys.LangSmith("sk", 2))
        .Ignores("langsmith-api-key", "legacy ls__ key", "ls" + "__" + FakeKey.Random(FakeKey.Hex, 32))
        .Ignores("langsmith-api-key", "unknown key type", TestKeys.LangSmith("xx"));
}
