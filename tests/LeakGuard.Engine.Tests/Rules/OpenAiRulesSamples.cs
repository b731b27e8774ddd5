using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class OpenAiRulesSamples
{
    private static readonly string CompatibleKey = FakeKey.Of("sk-", FakeKey.Random(FakeKey.Base62, 48, 31));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("openai-compatible-api-key", CompatibleKey, "OPENAI_API_KEY")
        .FindsIn("openai-compatible-api-key", "a client pointed at another host", $"client = OpenAI(api_key=\"{CompatibleKey}\", base_url=\"https://api.lingyiwanwu.com/v1\")", CompatibleKey)
        .Ignores("openai-compatible-api-key", "no API key near", $"id: {CompatibleKey}")
        .Ignores("openai-compatible-api-key", "lower-case letters only", $"api_key: sk-{FakeKey.Random("abcdefghijklmnopqrstuvwxyz", 48, 32)}")
        .FindsIn("generic-secret", "one character short: only the generic rule", $"api_key: {CompatibleKey[..^1]}", CompatibleKey[..^1])
        .FindsIn("stability-api-key", "a Stability AI key of the same shape", $"STABILITY_API_KEY={CompatibleKey}", CompatibleKey)
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
