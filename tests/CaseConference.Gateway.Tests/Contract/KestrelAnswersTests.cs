using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CaseConference.Gateway.Tests.Contract;

/// <summary>
/// Finding 13 on a real Kestrel (the test server has no HTTP parser and no header limit): oversized
/// headers get a 431 problem from the gateway up to Kestrel's own limit. Past that limit, and for a
/// request Kestrel cannot parse, Kestrel answers before any middleware runs, bodiless, and closes the
/// connection; ASP.NET Core has no hook to add a body there. These tests pin down both.
/// </summary>
public sealed class KestrelAnswersTests(GatewayWorld world) : IClassFixture<GatewayWorld>, IAsyncLifetime
{
    private GatewayFactory kestrel = null!;
    private Uri address = null!;

    public Task InitializeAsync()
    {
        kestrel = new GatewayFactory(world.Cluster);
        kestrel.UseKestrel(0);
        kestrel.StartServer();
        address =
            new Uri(kestrel.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First(a => a.StartsWith("http://", StringComparison.Ordinal)).Replace("[::]", "127.0.0.1")
            .Replace("0.0.0.0", "127.0.0.1"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await kestrel.DisposeAsync();

    [Fact]
    public async Task Finding13_headers_over_32_kB_are_a_431_problem_on_kestrel()
    {
        using var http = new HttpClient { BaseAddress = address };
        http.DefaultRequestHeaders.Authorization = new("Bearer", world.TokenOf("staf"));
        (await http.GetAsync("/api/v1/panti")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/panti");
        request.Headers.TryAddWithoutValidation("X-Padding", new string('p', 40_000));
        var response = await http.SendAsync(request);

        var problem = await response.Problem(HttpStatusCode.RequestHeaderFieldsTooLarge);
        problem.Code().ShouldBe("headers_too_large");
        problem["instance"]!.GetValue<string>().ShouldBe("/api/v1/panti");
    }

    [Fact]
    public async Task Finding13_past_kestrels_own_header_limit_the_431_is_kestrels_bodiless_one()
    {
        var answer =
            await RawAsync($"GET /api/v1/panti HTTP/1.1\r\nHost: x\r\nX-Padding: {new string('p', 200_000)}\r\n\r\n");

        answer.ShouldStartWith("HTTP/1.1 431 ");
        answer.ShouldContain("Content-Length: 0");
        answer.ShouldContain("Connection: close");
    }

    [Fact]
    public async Task Finding13_a_request_kestrel_cannot_parse_is_its_bodiless_400()
    {
        var answer = await RawAsync("GET /api/v1/panti HTTP/1.1\r\nHost: x\r\nNot a header line\r\n\r\n");

        answer.ShouldStartWith("HTTP/1.1 400 ");
        answer.ShouldContain("Content-Length: 0");
        answer.ShouldContain("Connection: close");
    }

    /// <summary>Sends bytes no HTTP client would, and reads until Kestrel closes the connection.</summary>
    private async Task<string> RawAsync(string request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        try
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        }
        catch (IOException)
        {
            // Kestrel may answer and close while the rest of an oversized request is still being written.
        }

        using var read = new MemoryStream();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[4096];
        try
        {
            int n;
            while ((n = await stream.ReadAsync(buffer, deadline.Token)) > 0)
            {
                read.Write(buffer, 0, n);
            }
        }
        catch (IOException)
        {
            // A reset after the answer: what was read is the answer.
        }

        return Encoding.ASCII.GetString(read.ToArray());
    }
}
