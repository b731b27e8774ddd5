using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PersonaRulesSamples
{
    private static readonly string Key = FakeKey.Of("persona_", "production_", FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 40, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("persona-api-key", Key, "PERSONA_API_KEY")
        .Ignores("persona-api-key", "a sandbox key", $"value: persona_sandbox_{FakeKey.Random(FakeKey.Hex, 40, 2)}")
        .Ignores("persona-api-key", "a function's name", "def persona_production_webhook_handler_v2_for_inquiries(request):");
}
