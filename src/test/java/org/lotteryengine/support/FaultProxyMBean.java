package org.lotteryengine.support;

/**
 * The management interface of {@link FaultProxy}, through which tests control a proxy by name.
 */
public interface FaultProxyMBean {

    int getPort();

    void cut();

    void restore();
}
