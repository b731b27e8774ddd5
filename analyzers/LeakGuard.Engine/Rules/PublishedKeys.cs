using System;
using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

/// <summary>
/// Keys that vendors publish (for local emulators, in their documentation, or in a web client's own code), so they are
/// in countless repositories and grant nothing to whoever finds them there. No rule reports them. They are kept as
/// fingerprints (<see cref="Fingerprint.HashSecret"/>) so that this file does not itself hold a key-shaped literal.
/// </summary>
internal static class PublishedKeys
{
    private static readonly HashSet<string> Hashes = new(StringComparer.Ordinal)
    {
        // The Azurite / Azure Storage Emulator account key of "devstoreaccount1".
        "0011cc25eb432071",

        // The Azure Cosmos DB emulator's account key.
        "aa6547439583c3a2",

        // The client credentials of the OAuth 2.0 specification's examples (RFC 6749), as a Basic header value.
        "ca7459e2b26776de",

        // The bearer token of X's own web client, shipped in its JavaScript and copied into every scraper, and its
        // consumer part after "%3D", which the consumer-secret rule reads on its own where code splits the token.
        "11d3072e6af2d409",
        "2d85370a9eb377fd",

        // The test-mode secret keys of Stripe's API reference and quickstarts, current and older: every tutorial and
        // sample app copies them, and they belong to Stripe's own demo account.
        "2cafc0970149a84f",
        "f2d6ca16515033e5",

        // The bot tokens of the examples in Slack's and Discord's API documentation.
        "2ddc147f3a3b5a17",
        "02f7ce3c263f85c0",

        // The secret API key of the Supabase CLI's local stack ("supabase start"), the same on every machine.
        "c85debb55f2f204d",

        // The OAuth token of GitHub's OAuth apps documentation ("access_token=gho_16C7e42F…"), which READMEs copy.
        "bc3ae723f57c6b9e",

        // The personal token in the examples of Steampipe's Doppler plugin, which its docs and READMEs repeat.
        "964b239e0abe31c0",

        // The secret part of the example token on Dynatrace's access token pages, which tests and docs copy under every
        // token prefix (the Dynatrace rule checks that part on its own).
        "3759eb5bbe384221",

        // The ES256 example private key of jwt.io, in base 64 without the PEM lines, copied into JWT libraries' tests.
        "076b76490a3ca09e",

        // The Origin CA key of Cloudflare's API reference and Terraform provider docs.
        "d3129d65d4e0ee38",

        // The access token in the examples of Steampipe's LaunchDarkly plugin.
        "48fbfa434da596a7",

        // The sandbox access tokens of Plaid's API reference, which its SDKs' docs and tests repeat.
        "0a9def726e9de4b2",
        "b6982a54e8dcb9c6",

        // The test and live keys of Mollie's docs and its PHP client's README.
        "9387af38d1038761",
        "54269f914933b264",

        // The search-only key of Algolia's public "latency" demo application, in InstantSearch's docs and examples.
        "f7e7896182dcde5d",

        // The test key printed in Lob's SDK READMEs and examples.
        "0c6a20b3c9058016",

        // The delivery token of Contentful's public demo space (k8iqpp6u0ior), in Gatsby's starters.
        "371157e232afe3cf",

        // Values of the AWS CLI's bundled examples (awscli/examples, in every installation of it): API Gateway keys, a
        // CloudFormation publisher id, the access key ids of presigned URLs and a Sidewalk app server key.
        "9c5ef61c0ebda87f",
        "5dbe8005e28106b4",
        "c21b77c1ee18fd22",
        "943de79f55014f48",
        "05b9f5d960901639",
        "04fba2c05f91ad4b",
        "eef168423ab2e49f",

        // The API key of Mailgun's docs' curl examples.
        "9c846fdf0fa8955c",

        // The secret key Google publishes for testing reCAPTCHA v2, which every answer passes.
        "f5e95c9954635b65",

        // The first three test accounts that Hardhat and Foundry's Anvil derive from their published mnemonic, with "0x"
        // and without: every local chain has them, and their docs and templates print them.
        "bc1a50966c9e6486",
        "60a09e4357868c1e",
        "8335c55334821eef",
        "095101cf732c298a",
        "b26ab6529d20ebeb",
        "bb4978fbe7638de8",

        // Socket's free API key, which its CLI ships as FREE_API_KEY for anyone to use.
        "9cab58b24140ee12",

        // The first two accounts of Ganache's deterministic mode (ganache -d), with "0x" and without.
        "424742fc6538f5e7",
        "578592185588730b",
        "ce9fa353f6550241",
        "30e55f5463e22af0",

        // The two accounts of Nethereum's test chain, which its READMEs and docs use in every example, and the key of its
        // signing examples (new EthECKey("…")), with "0x" and without.
        "687aacef789129f0",
        "c13a063fbd48fbe9",
        "cfbf0c564ffa5da6",
        "ec9f156d1fa0dd97",
        "8a5f55c2ec68f50b",
        "24666b83faaf915a",

        // The OAuth client secrets of the Firebase CLI's Google and GitHub apps: it is an installed app, so they ship in
        // firebase-tools (and every node_modules that holds it) and keep nothing secret.
        "ea140d9c92022174",
        "1084fe644c717e85",

        // The Google Maps key of MUI's Autocomplete demo, which its docs print and projects copy with the demo.
        "65b24fd4d91954a4",

        // The access key and secret key of MinIO's public playground (play.min.io), which MinIO's docs, SDKs' examples
        // and tests print for anyone to use.
        "1bbb9293c38acc5e",
        "df452eef23e8cf2c",

        // The developer keys of the samples of Google's API client for Python (customsearch, translate, searchforshopping),
        // which every copy of the samples and the tutorials built on them carry.
        "cb122bc9bf48ace7",
        "a99cd8ffb75286e6",

        // The request token and the access token of X's "Sign in with Twitter" and OAuth 1.0a documentation, which
        // OAuth libraries' docs reproduce, and their secrets.
        "0401312bb13f6aff",
        "616fe34ce8031621",
        "74878a808fc945f0",
        "bfaf2b987c05e6d3",

        // The consumer secret, access token, token secret and nonce of X's "Creating a signature" documentation, which
        // OAuth libraries' tests sign their examples with.
        "00b3dc640c9c99fc",
        "0e04efa6bc7d2d51",
        "5aac38e542b76b97",
        "82990559e7afdb58",

        // The swarm join tokens and unlock keys of Docker's documentation (docker swarm init, join-token, unlock-key) and
        // of its CLI's tests.
        "33a6d3750d9a769b",
        "b5b17ca1d65733bb",
        "fbc5f7847129b77f",
        "184e4f79d6cb70d9",
        "9ec0be036c22f06f",
        "8fa8115a160936ec",
        "a7331a07f97f4686",

        // The client secret of the example .edgerc in the READMEs of Akamai's EdgeGrid libraries.
        "e1393800129bebd6",

        // The testing keys of OpenCage's geocoding API (always 200, 402, 403 disabled, 403 IP rejected, 429), which its
        // docs publish for every client library's tests.
        "c84719c0f634bad8",
        "d08bc68fb3d2b218",
        "786f839df503af16",
        "4ba253be31e4bff7",
        "4b068420e2eb6e06",

        // The sample key data.gov.in shows every visitor of its API pages (ten records per call).
        "149027a69a838520",

        // The API key of CoinMarketCap's sandbox (sandbox-api.coinmarketcap.com), which its docs print for anyone to use.
        "b48f77ee9a006b06",

        // The sample AK of Baidu Maps' JavaScript API demos, which tutorials and map components copy.
        "6d382dcaac761305",

        // The API key of Last.fm's API documentation examples, which client libraries' READMEs and tests repeat.
        "e600710676c7e744",

        // The user seed of NATS's documentation on nkey authentication, which its tutorials and examples copy.
        "f70c753f3bef33a1",
    };

    public static bool Contains(string value) => Hashes.Contains(Fingerprint.HashSecret(value));
}
