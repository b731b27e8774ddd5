using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SnykRulesSamples
{
    private static readonly string SnykTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 8, 1), "-", FakeKey.Random(FakeKey.Hex, 4, 2), "-4", FakeKey.Random(FakeKey.Hex, 3, 3), "-a", FakeKey.Random(FakeKey.Hex, 3, 4), "-", FakeKey.Random(FakeKey.Hex, 12, 5));

    private static readonly string SnykPat = FakeKey.Of("snyk", "_uat.", FakeKey.Random(FakeKey.Hex, 8, 6), ".eyJ", FakeKey.Random(FakeKey.UrlSafe, 150, 7), ".", FakeKey.Random(FakeKey.UrlSafe, 86, 8));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("snyk-token", SnykTokenKey, "SNYK_TOKEN")
        .Ignores("snyk-token", "an organization's id on the command line", $"$ snyk apps create --experimental --org={SnykTokenKey} --name='My Awesome App'")
        .FindsIn("snyk-token", "a Postman environment's entry named for the token", $"{{\n\t\"values\": [\n\t\t{{\n\t\t\t\"key\": \"snykToken\",\n\t\t\t\"value\": \"{SnykTokenKey}\",\n\t\t\t\"type\": \"secret\"\n\t\t}}\n\t]\n}}", SnykTokenKey)
        .Ignores("snyk-token", "a Postman environment's entry named for the organization's id", $"{{\n\t\"values\": [\n\t\t{{\n\t\t\t\"key\": \"snykOrgId\",\n\t\t\t\"value\": \"{SnykTokenKey}\",\n\t\t\t\"type\": \"default\"\n\t\t}}\n\t]\n}}")
        .Ignores("snyk-token", "a Kubernetes container's variable named for the organization's id", $"        env:\n          - name: SNYK_ORG_ID\n            value: {SnykTokenKey}\n")
        .Ignores("snyk-token", "a project's id in settings", $"snyk:\n  project: {SnykTokenKey}\n")
        .Ignores("snyk-token", "no snyk context", $"\"checksum\": \"{SnykTokenKey}\"")
        .Ignores("snyk-token", "another site's badge id beside a Snyk badge", $"[snyk-img]: https://snyk.io/test/npm/cli/badge.svg\n[netlify-img]: https://api.netlify.com/api/v1/badges/{SnykTokenKey}/deploy-status")
        .Ignores("snyk-token", "one character short", $"snyk: {SnykTokenKey[..^1]}")
        .Finds("snyk-access-token", SnykPat, "SNYK_TOKEN")
        .FindsIn("snyk-access-token", "snyk auth in a Jenkinsfile", $"sh 'snyk auth {SnykPat}'", SnykPat)
        .Ignores("snyk-access-token", "claims without a signature", $"value: {SnykPat[..SnykPat.LastIndexOf('.')]}");
}
