using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class NpmrcRulesSamples
{
    private static readonly string NpmrcAuthTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 8, 1), "-", FakeKey.Random(FakeKey.Hex, 4, 2), "-4", FakeKey.Random(FakeKey.Hex, 3, 3), "-a", FakeKey.Random(FakeKey.Hex, 3, 4), "-", FakeKey.Random(FakeKey.Hex, 12, 5));

    private static readonly string BasicAuth = FakeKey.Base64Of(FakeKey.Of("devuser0:", FakeKey.Random(FakeKey.Base62, 11, 6)));

    private static readonly string EncodedPassword = FakeKey.Base64Of(FakeKey.Random(FakeKey.Base62, 52, 7));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("npmrc-auth-token", "private registry line", $"//pkgs.dev.azure.com/contoso/_packaging/feed/npm/registry/:_authToken={NpmrcAuthTokenKey}\n", NpmrcAuthTokenKey)
        .FindsIn("npmrc-auth-token", "a quoted value", $"//registry.npmjs.org/:_authToken=\"{NpmrcAuthTokenKey}\"\n", NpmrcAuthTokenKey)
        .FindsIn("npmrc-auth-token", "at the end of a sentence", $"Set `//registry.npmjs.org/:_authToken={NpmrcAuthTokenKey}.` in your home folder.", NpmrcAuthTokenKey)
        .Ignores("npmrc-auth-token", "environment variable", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}")
        .Ignores("npmrc-auth-token", "too short", "//registry.npmjs.org/:_authToken=abc123")
        .FindsIn("npmrc-basic-auth", "_auth with user and password", $"registry=https://npm.contoso.example/\n_auth={BasicAuth}\nalways-auth=true\n", BasicAuth)
        .FindsIn("npmrc-basic-auth", "Azure Artifacts' _password", $"//pkgs.dev.azure.com/contoso/_packaging/feed/npm/registry/:username=contoso\n//pkgs.dev.azure.com/contoso/_packaging/feed/npm/registry/:_password={EncodedPassword}\n", EncodedPassword)
        .Ignores("npmrc-basic-auth", "Nexus' default administrator", $"_auth={FakeKey.Base64Of("admin:admin123")}")
        .Ignores("npmrc-basic-auth", "a variable", "//registry.example.test/:_password=${NPM_PASSWORD_BASE64}")
        .Ignores("npmrc-basic-auth", "a value that is not base 64 of text", "_auth=QUJD/w==");
}
