using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DeepLRulesSamples
{
    private static readonly string Key = FakeKey.Of(TestKeys.Uuid(1), ":", "fx");

    private static readonly string ProKey = TestKeys.Uuid(6);

    private static readonly string GlossaryId = TestKeys.Uuid(30);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("deepl-free-api-key", Key, "DEEPL_AUTH_KEY")
        .FindsIn("deepl-api-key", "the .NET client", $"var translator = new Translator(\"{ProKey}\"); // DeepL\n", ProKey)
        .Ignores("deepl-free-api-key", "one digit short", $"value: {Key[1..]}")
        .Ignores("deepl-api-key", "a UUID, DeepL not named", $"CorrelationId = \"{ProKey}\"")
        .FindsIn("deepl-api-key", "a .env file", $"DEEPL_AUTH_KEY={ProKey}\n", ProKey)
        .FindsIn("deepl-api-key", "the DeepL-Auth-Key header", $"curl -H \"Authorization: DeepL-Auth-Key {ProKey}\" https://api.deepl.com/v2/usage\n", ProKey)
        .Ignores("deepl-api-key", "a glossary's id beside DeepL's client", $"result = deepl_client.translate_text(text, target_lang=\"DE\", glossary=\"{GlossaryId}\")\n");
}
