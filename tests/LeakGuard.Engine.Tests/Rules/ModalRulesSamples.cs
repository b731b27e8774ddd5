using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ModalRulesSamples
{
    private static readonly string Secret = FakeKey.Of("as", "-", FakeKey.Random(FakeKey.Base62, 20, 1), "7q");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("modal-token-secret", "the CLI's token command", $"modal token set --token-id ak-{FakeKey.Random(FakeKey.Base62, 22, 2)} --token-secret {Secret}", Secret)
        .FindsIn("modal-token-secret", "the environment", $"MODAL_TOKEN_ID=ak-{FakeKey.Random(FakeKey.Base62, 22, 3)}\nMODAL_TOKEN_SECRET={Secret}\n", Secret)
        .Ignores("modal-token-secret", "no Modal context", $"value: {Secret}");
}
