package org.lotteryengine.draws.service;

import java.util.List;

import org.lotteryengine.draws.repository.entity.DrawEntity;

/** One page of a game's stored draws, newest first. */
public record DrawPage(String lotteryId, String lotteryType, long totalDraws, int page, int size,
        List<DrawEntity> draws) {
}
