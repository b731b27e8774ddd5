using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class NgrokRulesSamples
{
    private static readonly string Token = FakeKey.Of("2", FakeKey.Random(FakeKey.Base62, 26, 1), "_", FakeKey.Random(FakeKey.Base62, 21, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("ngrok-auth-token", Token, "NGROK_AUTHTOKEN")
        .FindsIn("ngrok-auth-token", "a notebook's cell", $"from pyngrok import ngrok\nngrok.set_auth_token(\"{Token}\")\npublic_url = ngrok.connect(5000)", Token)
        .FindsIn("ngrok-auth-token", "ngrok.yml", $"version: \"2\"\nauthtoken: {Token}\n", Token)
        .FindsIn("ngrok-auth-token", "a newer token", $"ngrok config add-authtoken {FakeKey.Of("3", Token[1..])}", FakeKey.Of("3", Token[1..]))
        .FindsIn("ngrok-auth-token", "20 characters after the underscore", $"ngrok config add-authtoken {Token[..^1]}", Token[..^1])
        .Ignores("ngrok-auth-token", "19 characters after the underscore", $"ngrok config add-authtoken {Token[..^2]}")
        .Ignores("ngrok-auth-token", "no ngrok near", $"id: {Token}")
        .Ignores("ngrok-auth-token", "without the underscore", $"ngrok: {Token.Replace('_', 'x')}");
}
