using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DockerRulesSamples
{
    private static readonly string DockerHubPatKey = FakeKey.Of("dckr", "_pat_", FakeKey.Random(FakeKey.UrlSafe, 27, 1));

    private static readonly string DockerHubOatKey = FakeKey.Of("dckr", "_oat_", FakeKey.Random(FakeKey.UrlSafe, 32, 11));

    private static readonly string ShortOatKey = FakeKey.Of("dckr", "_oat_", FakeKey.Random(FakeKey.UrlSafe, 27, 12));

    private static readonly string RegistryAuth = FakeKey.Base64Of(FakeKey.Of("deploy-bot:", FakeKey.Random(FakeKey.Base62, 20, 21)));

    // What Red Hat's console hands out: an account's id, "|", a pool's name, ":" and a token of over a thousand characters.
    private static readonly string PullSecretAuth = FakeKey.Base64Of(FakeKey.Of("1234567|uhc-pool-", FakeKey.Random(FakeKey.Hex, 8, 23), ":eyJhbGciOiJSUzUxMiJ9.", FakeKey.Random(FakeKey.UrlSafe, 1100, 24)));

    private static readonly string EchoedAuth = FakeKey.Base64Of(FakeKey.Of("robot$deploy:", FakeKey.Random(FakeKey.Base62, 32, 12), "\n"));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("docker-config-auth", "a config.json", $"{{\n  \"auths\": {{\n    \"registry.contoso.com\": {{\n      \"auth\": \"{RegistryAuth}\"\n    }}\n  }}\n}}", RegistryAuth)
        .FindsIn("docker-config-auth", "base 64 of a line that echo ended", $"{{\"auths\":{{\"registry.contoso.com\":{{\"auth\":\"{EchoedAuth}\"}}}}}}", EchoedAuth)
        .FindsIn("docker-config-auth", "a pull secret's .dockerconfigjson, unencoded", $"stringData:\n  .dockerconfigjson: '{{\"auths\":{{\"ghcr.io\":{{\"auth\":\"{RegistryAuth}\"}}}}}}'", RegistryAuth)
        .FindsIn("docker-config-auth", "a Red Hat pull secret, base 64 of an account and a long token", $"{{\"auths\":{{\"registry.redhat.io\":{{\"auth\":\"{PullSecretAuth}\",\"email\":\"ops@example.test\"}}}}}}", PullSecretAuth)
        .FindsIn("docker-config-auth", "config.json escaped in a Terraform string", $"dockerconfigjson = \"{{\\\"auths\\\":{{\\\"registry.contoso.com\\\":{{\\\"auth\\\":\\\"{RegistryAuth}\\\"}}}}}}\"", RegistryAuth)
        .Ignores("docker-config-auth", "a demo password", $"{{ \"auths\": {{ \"localhost:5000\": {{ \"auth\": \"{FakeKey.Base64Of("admin:password")}\" }} }} }}")
        .Ignores("docker-config-auth", "not user:password", $"{{ \"auths\": {{ \"r\": {{ \"auth\": \"{FakeKey.Base64Of(FakeKey.Random(FakeKey.Base62, 24, 22))}\" }} }} }}")
        .Ignores("docker-config-auth", "an auth field elsewhere", $"{{ \"auth\": \"{RegistryAuth}\" }}")
        .Finds("docker-hub-pat", DockerHubPatKey, "API_KEY")
        .Ignores("docker-hub-pat", "one character short", $"value: {DockerHubPatKey[..^1]}")
        .Ignores("docker-hub-pat", "embedded in a longer token", "value: Q" + DockerHubPatKey)
        .Finds("docker-hub-oat", DockerHubOatKey, "API_KEY")
        .Ignores("docker-hub-oat", "one character short", $"value: {DockerHubOatKey[..^1]}")
        .Ignores("docker-hub-oat", "embedded in a longer token", "value: Q" + DockerHubOatKey)
        .FindsIn("docker-hub-oat", "a token as wide as a personal one", $"DOCKER_TOKEN={ShortOatKey}", ShortOatKey);
}
