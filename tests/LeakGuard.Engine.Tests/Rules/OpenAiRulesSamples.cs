using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class OpenAiRulesSamples
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("openai-api-key", TestKeys.OpenAi(), "OPENAI_API_KEY")
        .Finds("openai-project-api-key", TestKeys.OpenAiProject(), "OPENAI_API_KEY")
        .FindsIn("openai-project-api-key", "service account key", $"OPENAI_API_KEY={TestKeys.OpenAiScoped("svcacct")}", TestKeys.OpenAiScoped("svcacct"))
        .FindsIn("openai-project-api-key", "admin key", $"\"{TestKeys.OpenAiScoped("admin", 2)}\"", TestKeys.OpenAiScoped("admin", 2))
        .FindsIn("openai-project-api-key", "unscoped key", $"key: {TestKeys.OpenAiScoped("None", 3)}", TestKeys.OpenAiScoped("None", 3))
        .FindsIn("openai-api-key", "literal passed alone by the analyzer", TestKeys.OpenAi(4), TestKeys.OpenAi(4), "apiKey")
        .Ignores("openai-api-key", "one character short", $"key = \"{TestKeys.OpenAi().Remove(5, 1)}\"")
        .Ignores("openai-api-key", "signature altered", $"key = \"{TestKeys.OpenAi().Replace("T3Blbk" + "FJ", "T3Blbk" + "FK", StringComparison.Ordinal)}\"")
        .Ignores("openai-api-key", "embedded in a longer token", $"id=x{TestKeys.OpenAi()}")
        .Ignores("openai-api-key", "placeholder words", "OPENAI_API_KEY=sk-your-key-here")
        .Ignores("openai-api-key", "placeholder in angle brackets", "OPENAI_API_KEY=<OPENAI_API_KEY>")
        .Ignores("openai-project-api-key", "run of x around the signature", FakeKey.Of("sk-", "proj-", new string('x', 74), "T3Blbk", "FJ", new string('x', 74)))
        .Ignores("openai-project-api-key", "unknown scope", FakeKey.Of("sk-", "team-", FakeKey.Random(FakeKey.UrlSafe, 58), "T3Blbk", "FJ", FakeKey.Random(FakeKey.UrlSafe, 58, 2)));
}
