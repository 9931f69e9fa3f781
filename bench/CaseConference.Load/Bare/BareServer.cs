using CaseConference.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CaseConference.Load.Bare;

/// <summary>
/// Floor 2: the least a server can do for a minute entry, on the same machine and database. POST
/// /posts/{group} inserts one row (autocommit) and broadcasts the text to a SignalR group, then
/// answers; /broadcast/{group} only broadcasts; /bytes answers a byte array set beforehand (the
/// review schedule's size). The tool runs it as a process of its own so its CPU can be read apart.
/// </summary>
public static class BareServer
{
    public sealed record Post(string Text);

    public sealed class BareHub : Hub
    {
        public Task Join(string group) => Groups.AddToGroupAsync(Context.ConnectionId, group);
    }

    public static async Task<int> RunAsync(string url, string connectionString)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(url);
        builder.Services.AddSignalR();
        // The pool a silo gets (ConnectionPool): the floor commits through as many connections as the stack may.
        await using var database =
            NpgsqlDataSource.Create(ConnectionPool.WithPoolSize(connectionString, ConnectionPool.SiloMaxPoolSize));
        await using (var create = database.CreateCommand(
            "CREATE TABLE IF NOT EXISTS bare_posts (id bigserial PRIMARY KEY, feed text NOT NULL, text text NOT NULL, at timestamptz NOT NULL DEFAULT now())"))
        {
            await create.ExecuteNonQueryAsync();
        }

        var app = builder.Build();
        byte[] bytes = [];
        app.MapHub<BareHub>("/hubs/bare");
        app.MapPost("/posts/{group}", async (string group, Post post, IHubContext<BareHub> hub) =>
        {
            await using var insert =
                database.CreateCommand("INSERT INTO bare_posts (feed, text) VALUES ($1, $2) RETURNING id");
            insert.Parameters.Add(new NpgsqlParameter { Value = group });
            insert.Parameters.Add(new NpgsqlParameter { Value = post.Text });
            var id = (long)(await insert.ExecuteScalarAsync())!;
            await hub.Clients.Group(group).SendAsync("post", post.Text);
            return Results.Created($"/posts/{group}/{id}", new { id });
        });
        app.MapPost("/broadcast/{group}", async (string group, Post post, IHubContext<BareHub> hub) =>
        {
            await hub.Clients.Group(group).SendAsync("post", post.Text);
            return Results.NoContent();
        });
        app.MapPut("/bytes", async (HttpRequest request) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            bytes = buffer.ToArray();
            return Results.NoContent();
        });
        app.MapGet("/bytes", () => Results.Bytes(bytes, "application/json"));
        await app.RunAsync();
        return 0;
    }
}
