using System.Net;
using System.Net.Sockets;

namespace CaseConference.Cluster.Tests.Foundation;

/// <summary>
/// A TCP relay in front of PostgreSQL that a test can cut and restore: while cut, every relayed
/// connection is closed and new ones are refused, as when the database host goes away.
/// </summary>
public sealed class TcpRelay : IAsyncDisposable
{
    private readonly IPEndPoint target;
    private readonly List<TcpClient> open = [];
    private TcpListener? listener;
    private CancellationTokenSource? running;

    public TcpRelay(IPEndPoint target)
    {
        this.target = target;
        Port = ((IPEndPoint)StartListener(0).LocalEndpoint).Port;
    }

    public int Port { get; }

    public void Cut()
    {
        running?.Cancel();
        listener?.Stop();
        lock (open)
        {
            open.ForEach(c => c.Dispose());
            open.Clear();
        }
    }

    public void Restore() => StartListener(Port);

    private TcpListener StartListener(int port)
    {
        listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        running = new CancellationTokenSource();
        _ = AcceptAsync(listener, running.Token);
        return listener;
    }

    private async Task AcceptAsync(TcpListener from, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var client = await from.AcceptTcpClientAsync(stop);
                var server = new TcpClient();
                await server.ConnectAsync(target, stop);
                lock (open)
                {
                    open.Add(client);
                    open.Add(server);
                }

                _ = Pipe(client, server, stop);
                _ = Pipe(server, client, stop);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }

    private static async Task Pipe(TcpClient from, TcpClient to, CancellationToken stop)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream(), stop);
        }
        catch (Exception e) when (
            e is OperationCanceledException or IOException or ObjectDisposedException or InvalidOperationException)
        {
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        return ValueTask.CompletedTask;
    }
}
