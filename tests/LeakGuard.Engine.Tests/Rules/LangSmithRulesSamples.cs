using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class LangSmithRulesSamples
{
    private static readonly string OldKey = FakeKey.Of("ls", "__", TestKeys.CompactGuid(7));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("langsmith-api-key", TestKeys.LangSmith(), "LANGSMITH_API_KEY")
        .FindsIn("langsmith-api-key", "service key", $"LANGCHAIN_API_KEY={TestKeys.LangSmith("sk", 2)}", TestKeys.LangSmith("sk", 2))
        .Ignores("langsmith-api-key", "legacy ls__ key", "ls" + "__" + FakeKey.Random(FakeKey.Hex, 32))
        .Ignores("langsmith-api-key", "unknown key type", TestKeys.LangSmith("xx"))
        .FindsIn("langsmith-api-key", "a 2023 key", $"os.environ[\"LANGCHAIN_API_KEY\"] = \"{OldKey}\"", OldKey)
        .Ignores("langsmith-api-key", "ls__ and hex that is no version-4 UUID", $"value: ls__{FakeKey.Random("0123456789abcdef", 12, 8)}0{FakeKey.Random(FakeKey.Hex, 19, 9)}");
}
