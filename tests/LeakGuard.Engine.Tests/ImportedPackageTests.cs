using System.Globalization;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests;

/// <summary>
/// A whole file says at its top which provider it talks to: a key under a credential's name, further below than the
/// words near a match reach, is that provider's when the file imports its package.
/// </summary>
public sealed class ImportedPackageTests
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 32, 28);

    [Theory]
    [InlineData("from datadog import initialize, api\n", "options = {{'api_key': '{0}'}}\ninitialize(**options)\n")]
    [InlineData("import datadog\n", "DD_SETTINGS = {{\n    \"api_key\": \"{0}\",\n}}\n")]
    [InlineData("using StatsdClient; // datadog\nusing Datadog.Trace;\n", "private const string ApiKey = \"{0}\";\n")]
    [InlineData("const { client, v1 } = require(\"@datadog/datadog-api-client\");\n", "const apiKey = '{0}';\n")]
    public void A_key_under_a_credential_s_name_in_a_file_that_imports_the_provider_is_its(string import, string assignment)
    {
        var text = import + RuleSamples.PageOfCode + string.Format(CultureInfo.InvariantCulture, assignment, Key);

        var finding = Assert.Single(SecretScanner.Default.WithoutLowConfidenceRules().Scan(text).Findings);

        Assert.Equal("datadog-api-key", finding.Rule.Id);
        Assert.Equal(Key, finding.Secret);
    }

    [Theory]
    [InlineData("import requests\n", "options = {{'api_key': '{0}'}}\n")]
    [InlineData("# Metrics go to Datadog.\nimport requests\n", "options = {{'api_key': '{0}'}}\n")]
    [InlineData("from datadog import initialize, api\n", "options = {{'request_id': '{0}'}}\n")]
    [InlineData("Import the Datadog client first.\n", "options = {{'api_key': '{0}'}}\n")]
    public void Not_when_the_file_does_not_import_the_provider_or_the_name_is_no_credential_s(string import, string assignment)
    {
        var text = import + RuleSamples.PageOfCode + string.Format(CultureInfo.InvariantCulture, assignment, Key);

        Assert.DoesNotContain(SecretScanner.Default.WithoutLowConfidenceRules().Scan(text).Findings, f => f.Rule.Id == "datadog-api-key");
    }
}
