using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SonarRulesSamples
{
    private static readonly string SonarqubeTokenKey = FakeKey.Of("s", "q", "u_", FakeKey.Random(FakeKey.Hex, 40, 1));

    private static readonly string SonarcloudTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 40, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("sonarqube-token", SonarqubeTokenKey, "API_KEY")
        .Ignores("sonarqube-token", "one character short", $"value: {SonarqubeTokenKey[..^1]}")
        .Ignores("sonarqube-token", "embedded in a longer token", "value: Q" + SonarqubeTokenKey)
        .Finds("sonarcloud-token", SonarcloudTokenKey, "SONAR_TOKEN")
        .Ignores("sonarcloud-token", "no sonar context", $"\"checksum\": \"{SonarcloudTokenKey}\"")
        .Ignores("sonarcloud-token", "one character short", $"sonar: {SonarcloudTokenKey[..^1]}")
        .Ignores("sonarcloud-token", "a changelog's commit link", $"- Resolve several sonar issues ([a1b2c3d](https://github.com/acme/utilities/commit/{SonarcloudTokenKey}))")
        .Ignores("sonarcloud-token", "git log's commit line", $"commit {SonarcloudTokenKey}\n    Fix the sonar scan")
        .Ignores("sonarcloud-token", "Gemfile.lock's revision", $"GIT\n  remote: https://github.com/acme/sonar-ruby.git\n  revision: {SonarcloudTokenKey}\n")
        .Ignores("sonarcloud-token", "flake.lock's rev", $"\"sonar-scanner\": {{ \"locked\": {{ \"owner\": \"sonarsource\", \"rev\": \"{SonarcloudTokenKey}\", \"type\": \"github\" }} }}");
}
