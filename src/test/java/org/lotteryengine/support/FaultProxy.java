package org.lotteryengine.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/**
 * A TCP proxy a test owns, in front of PostgreSQL or Redis: {@link #cut()} makes the service behind it unreachable
 * (listener closed, open connections reset), as if it had stopped; {@link #restore()} brings it back on the same
 * port. The application under test only ever sees the proxy's port.
 * <p>
 * Proxies are named and live as long as the JVM. A test profile creates them ({@link #named}) and a test controls
 * them by name ({@link #cut(String)}, {@link #restore(String)}); the two may be loaded by different class loaders, so
 * they meet through the platform MBean server, which belongs to neither.
 */
public final class FaultProxy implements FaultProxyMBean, AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    private FaultProxy(String targetHost, int targetPort, int port) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.port = port;
    }

    /**
     * The port of the named proxy to the target, created (and accepting) on first use.
     */
    public static synchronized int named(String name, String targetHost, int targetPort) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName objectName = objectName(name);
        try {
            if (!server.isRegistered(objectName)) {
                server.registerMBean(to(targetHost, targetPort), objectName);
            }
            return (Integer) server.getAttribute(objectName, "Port");
        } catch (JMException e) {
            throw new IllegalStateException("fault proxy " + name + " unavailable", e);
        }
    }

    /** Makes the named proxy's target unreachable. */
    public static void cut(String name) {
        invoke(name, "cut");
    }

    /** Makes the named proxy's target reachable again. */
    public static void restore(String name) {
        invoke(name, "restore");
    }

    private static void invoke(String name, String operation) {
        try {
            ManagementFactory.getPlatformMBeanServer()
                    .invoke(objectName(name), operation, null, null);
        } catch (JMException e) {
            throw new IllegalStateException("no fault proxy named " + name, e);
        }
    }

    private static ObjectName objectName(String name) {
        try {
            return new ObjectName("org.lotteryengine.test:type=FaultProxy,name=" + name);
        } catch (MalformedObjectNameException e) {
            throw new IllegalArgumentException(name, e);
        }
    }

    /** A proxy on a free loopback port, forwarding to the target, already accepting. */
    public static FaultProxy to(String targetHost, int targetPort) {
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            FaultProxy proxy = new FaultProxy(targetHost, targetPort, probe.getLocalPort());
            probe.close();
            proxy.restore();
            return proxy;
        } catch (IOException e) {
            throw new IllegalStateException("no free port for a proxy", e);
        }
    }

    @Override
    public int getPort() {
        return port;
    }

    /** Starts accepting again (no-op when it already does). */
    @Override
    public synchronized void restore() {
        if (listener != null) {
            return;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listener = socket;
            Thread acceptor = new Thread(() -> accept(socket), "fault-proxy-" + port);
            acceptor.setDaemon(true);
            acceptor.start();
        } catch (IOException e) {
            throw new IllegalStateException("proxy could not listen on " + port, e);
        }
    }

    /** Stops accepting and resets every open connection. */
    @Override
    public synchronized void cut() {
        if (listener == null) {
            return;
        }
        closeQuietly(listener);
        listener = null;
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    @Override
    public void close() {
        cut();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket server = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(server);
                pump(client, server);
                pump(server, client);
            } catch (IOException e) {
                // Closed by cut(), or the target refused: the client sees its connection fail.
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // One side closed.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "fault-proxy-pump-" + port);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Already closed.
        }
    }
}
