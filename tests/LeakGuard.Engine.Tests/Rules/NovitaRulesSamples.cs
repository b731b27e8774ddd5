using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class NovitaRulesSamples
{
    private static readonly string Key = TestKeys.Uuid(1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("novita-api-key", Key, "NOVITA_API_KEY")
        .FindsIn("novita-api-key", "an OpenAI client pointed at Novita", $"client = OpenAI(base_url=\"https://api.novita.ai/v3/openai\", api_key=\"{Key}\")", Key)
        .Ignores("novita-api-key", "no Novita context", $"\"checksum\": \"{Key}\"");
}
