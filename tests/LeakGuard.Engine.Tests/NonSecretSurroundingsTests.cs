using Xunit;

namespace LeakGuard.Engine.Tests;

/// <summary>Where the text around a key-shaped value says it is something else: an id, an example, a hash, a commit.</summary>
public sealed class NonSecretSurroundingsTests
{
    private static readonly string[] SnykWords = { "snyk" };

    [Theory]
    [InlineData("id: \"", true)]
    [InlineData("client_id = '", true)]
    [InlineData("heroku.app.id: ", true)]
    [InlineData("const conversionId = '", true)]
    [InlineData("clientID=", true)]
    [InlineData("env.SENTRY_CLIENT_ID ?? \"", true)]
    [InlineData("opts.appId || '", true)]
    [InlineData("<ProjectGuid>{", true)]
    [InlineData("[assembly: Guid(\"", true)]
    [InlineData("var ns = new Guid(@\"", true)]
    [InlineData("UUID.fromString(\"", true)]
    [InlineData("client.Connect(\"", false)]
    [InlineData("valid: \"", false)]
    [InlineData("uuid: \"", true)]
    [InlineData("VALID = \"", false)]
    [InlineData("api_key = \"", false)]
    [InlineData("snyk apps create --org=", true)]
    [InlineData("SNYK_ORG=", true)]
    [InlineData("tenant: ", true)]
    [InlineData("azureSubscription: '", true)]
    [InlineData("cyborg = \"", false)]
    [InlineData("project_token = \"", false)]
    public void Tells_a_name_of_an_identifier(string before, bool expected)
    {
        var text = before + "VALUE";

        Assert.Equal(expected, AssignedName.NamesAnIdentifier(text, before.Length, before.Length));
    }

    [Theory]
    [InlineData("\"contentHash\": \"", true)]
    [InlineData("integrity: '", true)]
    [InlineData("file_sha256 = \"", true)]
    [InlineData("\"Checksum\": \"", true)]
    [InlineData("\"shasum\": \"", true)]
    [InlineData("  revision: ", true)]
    [InlineData("\"rev\": \"", true)]
    [InlineData("\"gitHead\": \"", true)]
    [InlineData("sentry-cli-Linux-x86_64=", true)]
    [InlineData("sentry-cli-Windows-i686.exe=", true)]
    [InlineData("SENTRY_AUTH_TOKEN=", false)]
    [InlineData("api_key = \"", false)]
    [InlineData("hashed_secret_for = \"", false)]
    public void Tells_a_name_of_a_digest(string before, bool expected)
    {
        var text = before + "VALUE";

        Assert.Equal(expected, AssignedName.NamesADigest(text, before.Length, before.Length));
    }

    [Theory]
    [InlineData(" * @example ", true)]
    [InlineData("      example: ", true)]
    [InlineData("  \"example\": \"", true)]
    [InlineData("Examples: Jira (\"", true)]
    [InlineData("the project, e.g. ", true)]
    [InlineData("in formats such as eui.", true)]
    [InlineData("For example, ", true)]
    [InlineData("X-Auth-Email: ops@example.test, X-Auth-Key: ", false)]
    [InlineData("EXAMPLE_API_KEY=", false)]
    [InlineData("see the example\nkey: ", false)]
    public void Tells_a_documented_example(string before, bool expected) =>
        Assert.Equal(expected, DocumentedExample.Precedes(before + "VALUE", before.Length));

    [Theory]
    [InlineData("/**\n * Gets a backup.\n *\n * @example\n * ```js\n * const backup = await pc.describeBackup('", true)]
    [InlineData("/**\n * @example\n * const a = 1;\n * @param id the backup's id, as in '", false)]
    [InlineData("/// <example>\n/// <code>\n/// var client = new Client(\"", true)]
    [InlineData("    /// </example>\n    /// <remarks>\n    /// The key: \"", false)]
    [InlineData("/**\n * @example\n */\nconst key = '", false)]
    [InlineData("\n * ", false)]
    [InlineData("/**\n * ## Example Usage\n *\n * ```typescript\n * const token = \"", true)]
    [InlineData("/**\n * ## Import\n *\n * ```sh\n * $ pulumi import datadog:fastly/integrationAccount:IntegrationAccount new_list \"", true)]
    [InlineData("/**\n * ## Notes\n *\n * The key: \"", false)]
    [InlineData("/**\n * ## Example Usage\n *\n * ### Basic\n *\n * ```typescript\n *     siteSecret: \"", true)]
    [InlineData("EXAMPLES = r'''\n- name: Create a monitor\n  community.datadog.monitor:\n    api_key: ", true)]
    [InlineData("EXAMPLES = r'''\n- name: x\n'''\n\nRETURN = r'''\nkey:\n  sample: ", true)]
    [InlineData("EXAMPLES = r'''\n- name: x\n'''\n\nAPI_KEY = '", false)]
    [InlineData("    EXAMPLES = \"\"\"\nkey: ", false)]
    public void Tells_code_in_a_doc_comments_example_block(string before, bool expected) =>
        Assert.Equal(expected, DocumentedExample.Precedes(before + "VALUE", before.Length));

    [Theory]
    [InlineData("CACHE_KEY = \"VALUE\"  # md5 of the prompt template", true)]
    [InlineData("etag: VALUE // SHA-256 of the body", true)]
    [InlineData("const pin = 'VALUE'; /* checksum */", true)]
    [InlineData("API_KEY = \"VALUE\"  # rotated every 90 days", false)]
    [InlineData("TOKEN = \"VALUE\"  # hashicorp vault token", false)]
    [InlineData("KEY = \"VALUE\" + hash", false)]
    [InlineData("KEY = \"VALUE\"\n# md5 of the file below", false)]
    public void Tells_a_comment_that_calls_the_value_a_digest(string line, bool expected) =>
        Assert.Equal(expected, DigestComment.Follows(line, line.IndexOf("VALUE", System.StringComparison.Ordinal) + "VALUE".Length));

    [Theory]
    [InlineData("/** @see https://twitter.com/someone/status/1563549219633430530?s=20&t=", true)]
    [InlineData("https://example.com/watch?v=", true)]
    [InlineData("https://example.com/a?ref=", true)]
    [InlineData("<a href=\"https://twitter.com/someone/status/1563549219633430530?s=20&amp;t=", true)]
    [InlineData("https://maps.googleapis.com/maps/api/geocode/json?address=x&key=", false)]
    [InlineData("https://api.openweathermap.org/data/2.5/weather?q=London&appid=", false)]
    [InlineData("https://api.example.com/v1/items?access_token=", false)]
    [InlineData("https://x.blob.core.windows.net/c?sv=2022-11-02&sig=", false)]
    [InlineData("not a url?t=", false)]
    [InlineData("t=", false)]
    public void Tells_a_url_query_parameter_named_for_no_credential(string before, bool expected) =>
        Assert.Equal(expected, UrlQueryValue.IsUnnamedParameter(before + "VALUE", before.Length));

    [Theory]
    [InlineData("const token = \"eyJhbGciOiJIUzI1NiJ9.eyJzb3VyY2UiOiJuZXRsaWZ5In0.", true)]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.", false)]
    [InlineData("NETLIFY_AUTH_TOKEN=", false)]
    [InlineData("const host = \"api.netlify.", false)]
    public void Tells_the_signature_of_a_jwt(string before, bool expected) =>
        Assert.Equal(expected, JwtPart.Holds(before + "VALUE", before.Length));

    [Theory]
    [InlineData("id: \"oac_", true)]
    [InlineData("\"cl_", true)]
    [InlineData("prj_", true)]
    [InlineData("acct_", true)]
    [InlineData("x = cus_", true)]
    [InlineData("\"a_", false)]
    [InlineData("\"integration_", false)]
    [InlineData("\"SECRET_", false)]
    [InlineData("app_key_", false)]
    [InlineData("my.oac_", false)]
    [InlineData("token: \"", false)]
    public void Tells_a_typed_id_prefix(string before, bool expected) =>
        Assert.Equal(expected, TypedIdPrefix.Precedes(before + "Qx7Lm2Rk9TzW4bN8vP3sYc5d", before.Length));

    [Theory]
    [InlineData("eastus2.azure.elastic-cloud.com:443$", true)]
    [InlineData("us-central1.gcp.cloud.es.io$", true)]
    [InlineData("westeurope.azure.elastic-cloud.com$0123456789abcdef0123456789abcdef$", true)]
    [InlineData("key=", false)]
    [InlineData("price: $", false)]
    [InlineData("$", false)]
    public void Tells_a_deployment_id_in_an_elastic_cloud_id(string before, bool expected) =>
        Assert.Equal(expected, ElasticCloudId.Holds(before + "fedcba9876543210fedcba9876543210", before.Length, 32));

    [Theory]
    [InlineData("\"integrity\": \"sha512-", "", true)]
    [InlineData("\"integrity\": \"sha512-ab+/", "", true)]
    [InlineData("sha1-", "", true)]
    [InlineData("github.com/acme/lib v1.0.0 h1:ab+", "", true)]
    [InlineData("lib/twitter.py,sha256=-_", "", true)]
    [InlineData("sha1-ab_cd ", "", false)]
    [InlineData("\"key\": \"", "", false)]
    [InlineData("sha512-ab\", \"key\": \"", "", false)]
    public void Tells_an_integrity_hash(string before, string after, bool expected) =>
        Assert.Equal(expected, IntegrityHash.Contains(before + "QUJDREVGR0g=" + after, before.Length));

    [Theory]
    [InlineData("https://github.com/acme/app/commit/", true)]
    [InlineData("https://github.com/acme/app/tree/", true)]
    [InlineData("uses: actions/checkout@", true)]
    [InlineData("\"^4.17.0-16.", true)]
    [InlineData("commit ", true)]
    [InlineData("https://api.github.com/repos/acme/lib/zipball/", true)]
    [InlineData("resolved \"https://registry.yarnpkg.com/lib/-/lib-1.0.0.tgz#", true)]
    [InlineData("DATADOG_APP_KEY=", false)]
    [InlineData("version: v.", false)]
    public void Tells_a_commit_id(string before, bool expected)
    {
        const string Id = "0123456789abcdef0123456789abcdef01234567";

        Assert.Equal(expected, GitObjectReference.IsAt(before + Id, before.Length, Id.Length));
    }

    [Fact]
    public void Takes_only_forty_lower_case_hex_digits_for_a_commit_id()
    {
        Assert.False(GitObjectReference.IsAt("/commit/0123456789ABCDEF0123456789ABCDEF01234567", 8, 40));
        Assert.False(GitObjectReference.IsAt("/commit/0123456789abcdef0123456789abcdef0123456", 8, 39));
    }

    [Theory]
    [InlineData(128, 0, '/', true)]
    [InlineData(100, 28, '+', true)]
    [InlineData(0, 128, '/', true)]
    [InlineData(100, 0, '/', false)]
    [InlineData(128, 0, '.', false)]
    [InlineData(0, 0, '/', false)]
    public void Tells_a_piece_of_a_base64_blob(int before, int after, char separator, bool expected)
    {
        var value = new string('B', 36);
        var text = new string('A', before) + separator + value + separator + new string('C', after);

        Assert.Equal(expected, Base64Blob.Holds(text, before + 1, value.Length));
    }

    [Fact]
    public void Takes_a_value_that_is_the_whole_run_for_no_piece_of_a_blob()
    {
        var value = new string('B', 300);

        Assert.False(Base64Blob.Holds("key = \"" + value + "\"", 7, value.Length));
    }

    [Theory]
    [InlineData("[netlify-img]: https://api.netlify.com/api/v1/badges/", "/deploy-status", true)]
    [InlineData("<img src=\"https://camo.githubusercontent.com/", "/6874\">", true)]
    [InlineData("https://api.snyk.io/v1/org/", "/projects", false)]
    [InlineData("https://app.snyk.io/org/acme/", "", false)]
    [InlineData("snyk token: ", "", false)]
    [InlineData("see https://docs.example.com/ and /", "", false)]
    [InlineData("file:///", "", false)]
    public void Tells_a_path_on_a_host_the_provider_is_not(string before, string after, bool expected) =>
        Assert.Equal(expected, ForeignUrlPath.Holds(before + "VALUE" + after, before.Length, SnykWords));

    [Theory]
    [InlineData("oauth_signature=\"7crYee%", true)]
    [InlineData("key%3D", false)]
    [InlineData("key=", false)]
    public void Tells_a_piece_of_a_percent_encoded_value(string before, bool expected) =>
        Assert.Equal(expected, PercentEscape.Splits(before + "2BJLvg7d", before.Length, 8));
}
